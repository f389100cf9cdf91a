using System.Diagnostics;
using System.Text;

namespace KpiTracker.Tests.Shared;

/// <summary>
/// poppler-utils and qpdf on PDF files (installed by <c>deploy/local.sh test</c>), for the report tests and the integration
/// tests alike: one source file, linked into both projects.
/// </summary>
internal static class PdfTools
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("kpi-reports-").FullName;

    public static string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(Folder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public static string ExtractText(string pdf, int? page = null) =>
        page is { } p ? Run("pdftotext", "-f", $"{p}", "-l", $"{p}", pdf, "-").Output : Run("pdftotext", pdf, "-").Output;

    public static int PageCount(string pdf)
    {
        var line = Run("pdfinfo", pdf).Output.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>pdffonts rows as (name, embedded, subset).</summary>
    public static List<(string Name, bool Embedded, bool Subset)> Fonts(string pdf) =>
        Run("pdffonts", pdf).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var cells = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The last five columns are emb, sub, uni, object number and generation.
            return (cells[0], cells[^5] == "yes", cells[^4] == "yes");
        }).ToList();

    public static (int ExitCode, string Output) Check(string pdf) => Run("qpdf", "--check", pdf);

    /// <summary>Drops whitespace and bidi controls, which extraction adds or moves freely.</summary>
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

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
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
