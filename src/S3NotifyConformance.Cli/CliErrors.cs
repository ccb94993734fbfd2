using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Cli;

/// <summary>Turns usage and setup problems into one line on stderr and exit code 2, instead of a stack trace. Program.cs
/// applies it to everything a verb throws, so a new verb gets it without doing anything.</summary>
public static partial class CliErrors
{
    /// <summary>Runs a verb; a known setup problem prints its cause and returns <see cref="ExitCodes.UsageOrSetupError"/>.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception e) when (OneLine(e) is { } line)
        {
            await Console.Error.WriteLineAsync($"s3notify: {line}");
            return ExitCodes.UsageOrSetupError;
        }
    }

    /// <summary>The one-line cause of a usage or setup problem (bad input, a file that cannot be read or written, a port
    /// in use); null for anything else, which is a bug of the tool and keeps its stack trace.</summary>
    public static string? OneLine(Exception exception) => exception switch
    {
        ScenarioDefinitionException or TargetSetupException or FormatException or InvalidDataException or ArgumentException
            or UnauthorizedAccessException or JsonException or YamlDotNet.Core.YamlException => Flatten(exception.Message),
        IOException io when io.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse or SocketError.AddressNotAvailable or SocketError.AccessDenied } socket =>
            Flatten($"{io.Message} ({socket.Message})"),
        IOException or SocketException => Flatten(exception.Message),
        InvalidOperationException when ParseFailure().Match(exception.Message) is { Success: true } m =>
            $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not a valid {TypeName(m.Groups["type"].Value)}",
        _ => null,
    };

    private static string Flatten(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string TypeName(string clrType) => clrType switch
    {
        _ when clrType.Contains("Int32", StringComparison.Ordinal) || clrType.Contains("Int64", StringComparison.Ordinal) => "whole number",
        _ when clrType.Contains("Double", StringComparison.Ordinal) || clrType.Contains("Decimal", StringComparison.Ordinal) => "number",
        _ when clrType.Contains("TimeSpan", StringComparison.Ordinal) => "duration",
        _ when clrType.Contains("Boolean", StringComparison.Ordinal) => "true/false value",
        _ => "value",
    };

    // System.CommandLine's text when a validator reads an option whose value did not convert.
    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex ParseFailure();
}
