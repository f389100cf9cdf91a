using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KpiTracker.Benchmarks.Pdf;

/// <summary>
/// A local HTTP server for Chromium: the scorecard pages under <c>/doc/{key}</c> and the report layer's own fonts under
/// <c>/fonts/{file}</c> (read from the KpiTracker.Reports assembly, cacheable), so Chromium uses the same fonts as our renderer
/// and, when warm, finds them in its cache as our renderer finds its typefaces in memory.
/// </summary>
public sealed class FontServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _docs = new();
    private readonly Dictionary<string, byte[]> _fonts = [];
    private readonly Task _loop;

    public FontServer()
    {
        var assembly = typeof(KpiTracker.Reports.Documents.ScorecardDocument).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".ttf", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            _fonts[name["KpiTracker.Reports.Fonts.".Length..]] = copy.ToArray();
        }

        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string FontBase => $"http://127.0.0.1:{Port}/fonts";

    public Uri Put(string key, string html)
    {
        _docs[key] = Encoding.UTF8.GetBytes(html);
        return new Uri($"http://127.0.0.1:{Port}/doc/{key}");
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var response = context.Response;
            byte[]? body = null;
            if (path.StartsWith("/fonts/", StringComparison.Ordinal) && _fonts.TryGetValue(path["/fonts/".Length..], out var font))
            {
                body = font;
                response.ContentType = "font/ttf";
                response.Headers["Cache-Control"] = "public, max-age=86400, immutable";
                response.Headers["Access-Control-Allow-Origin"] = "*";
            }
            else if (path.StartsWith("/doc/", StringComparison.Ordinal) && _docs.TryGetValue(path["/doc/".Length..], out var doc))
            {
                body = doc;
                response.ContentType = "text/html; charset=utf-8";
                response.Headers["Cache-Control"] = "no-store";
            }

            response.StatusCode = body is null ? 404 : 200;
            if (body is not null)
            {
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }

            response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }
}
