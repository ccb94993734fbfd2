global using S3NotifyConformance.Foundation;
