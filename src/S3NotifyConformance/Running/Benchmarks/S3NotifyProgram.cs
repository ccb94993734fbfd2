using System.Reflection;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>How to start, as a child process, the very s3notify program this process runs from: the dotnet host and s3notify.dll
/// (the entry assembly when it is s3notify.dll, else the one beside this library, as in the test output folder).</summary>
/// <param name="Host">The dotnet host: the SDK's (DOTNET_HOST_PATH), the one running this process, or <c>dotnet</c> on PATH.</param>
/// <param name="Dll">The full path of s3notify.dll.</param>
public sealed record S3NotifyProgram(string Host, string Dll)
{
    /// <summary>The program's file name.</summary>
    public const string DllName = "s3notify.dll";

    /// <summary>Finds the host and the dll; a missing dll is a <see cref="TargetSetupException"/> naming where it looked.</summary>
    public static S3NotifyProgram Locate()
    {
        string?[] candidates = [Assembly.GetEntryAssembly()?.Location, Path.Combine(AppContext.BaseDirectory, DllName)];
        var dll = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && string.Equals(Path.GetFileName(c), DllName, StringComparison.OrdinalIgnoreCase) && File.Exists(c))
            ?? throw new TargetSetupException($"cannot find {DllName} to start agents from (looked at {string.Join(", ", candidates.Where(c => !string.IsNullOrEmpty(c)))})");
        return new S3NotifyProgram(FindHost(), Path.GetFullPath(dll));
    }

    /// <summary>The host's arguments for <c>s3notify ARGS</c>.</summary>
    public IEnumerable<string> Arguments(IEnumerable<string> args) => [Dll, .. args];

    private static string FindHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } sdkHost && File.Exists(sdkHost))
        {
            return sdkHost;
        }

        var running = Environment.ProcessPath;
        return running is not null && Path.GetFileNameWithoutExtension(running).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? running : "dotnet";
    }
}
