using System.Diagnostics;
using System.Text;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>poppler's <c>pdftotext</c> and <c>qpdf --check</c> on files (installed by <c>deploy/local.sh test</c>).</summary>
internal static class PdfTools
{
    public static string Text(string pdf) => Run("pdftotext", pdf, "-").Output;

    public static (int ExitCode, string Output) Check(string pdf) => Run("qpdf", "--check", pdf);

    /// <summary>Drops whitespace and bidi marks, which extraction adds or moves freely.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200E' or '\u200F') && c is not (>= '\u202A' and <= '\u202E') && c is not (>= '\u2066' and <= '\u2069'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start; install poppler-utils and qpdf.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
