using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Debian's headless Chromium opening a local page, asked through the DevTools protocol (loopback only) to evaluate
/// an expression once the page has loaded. Nothing is fetched: the pages under test are self-contained.</summary>
public static partial class HeadlessChromium
{
    /// <summary>Where .ci/run installs it.</summary>
    public const string Path = "/usr/bin/chromium";

    /// <summary>Ignores the calling test when Chromium is not installed.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Path))
        {
            Assert.Ignore($"{Path} is not installed (.ci/run installs Debian's chromium); the browser test needs it");
        }
    }

    /// <summary>Opens <paramref name="file"/> in a window <paramref name="width"/> px wide and returns the JSON value of
    /// <paramref name="expression"/> evaluated after the page loaded.</summary>
    public static async Task<JsonElement> EvaluateAsync(string file, int width, string expression)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"s3n-chromium-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                     $"--user-data-dir={profile}", $"--window-size={width},900", new Uri(file).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            var port = await DevToolsPortAsync(process, deadline.Token);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var page = (await http.GetFromJsonAsync<JsonElement[]>("json/list", deadline.Token))!.First(t => t.GetProperty("type").GetString() == "page");
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), deadline.Token);
            var id = 0;
            const string Loaded = "location.protocol === 'file:' && document.readyState === 'complete' && document.documentElement !== null";
            while (!(await EvaluateOnceAsync(socket, ++id, Loaded, deadline.Token)).GetBoolean())
            {
                await Task.Delay(100, deadline.Token);
            }

            return await EvaluateOnceAsync(socket, ++id, expression, deadline.Token);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Directory.Delete(profile, recursive: true);
        }
    }

    private static async Task<int> DevToolsPortAsync(Process process, CancellationToken cancellationToken)
    {
        while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            if (DevToolsLine().Match(line) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("chromium exited without opening its DevTools port");
    }

    private static async Task<JsonElement> EvaluateOnceAsync(ClientWebSocket socket, int id, string expression, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Serialize(new { id, method = "Runtime.evaluate", @params = new { expression, returnByValue = true } });
        await socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, cancellationToken);
        while (true)
        {
            using var message = new MemoryStream();
            var buffer = new byte[64 * 1024];
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            var reply = JsonDocument.Parse(message.ToArray()).RootElement;
            if (reply.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
            {
                return reply.TryGetProperty("result", out var result) && result.TryGetProperty("result", out var value) && value.TryGetProperty("value", out var json)
                    ? json.Clone()
                    : throw new InvalidOperationException($"chromium could not evaluate {expression}: {reply}");
            }
        }
    }

    [GeneratedRegex(@"DevTools listening on ws://[^:]+:(\d+)/")]
    private static partial Regex DevToolsLine();
}
