global using System.Collections.Immutable;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using S3NotifyConformance.Foundation;
