global using System.Collections.Immutable;
global using System.Text.Json.Nodes;
global using NUnit.Framework;
global using ReferenceStoreHost = S3NotifyConformance.ReferenceStore.ReferenceStore;
global using S3NotifyConformance.Foundation;
