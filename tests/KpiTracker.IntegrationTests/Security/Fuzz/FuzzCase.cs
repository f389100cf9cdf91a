namespace KpiTracker.IntegrationTests.Security.Fuzz;

/// <summary>One generated request: who sends it, the method and the path with its query, and the body with its type.</summary>
internal sealed record FuzzCase(int Caller, string Method, string Path, string? Body, string? ContentType, string? IfMatch)
{
    public override string ToString() =>
        $"caller {Caller}: {Method} {Path}" + (Body is null ? "" : $" [{ContentType}] {Shorten(Body)}") + (IfMatch is null ? "" : $" If-Match {IfMatch}");

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} chars)";
}
