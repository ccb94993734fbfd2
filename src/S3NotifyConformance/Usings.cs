global using System.Collections.Immutable;
global using System.Text.Json;
global using System.Text.Json.Nodes;
