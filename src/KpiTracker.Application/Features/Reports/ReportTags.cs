using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Documents;
using Microsoft.Net.Http.Headers;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// Entity tags of rendered documents. A PDF is a pure function of what the tag hashes, so an equal tag means an equal file:
/// the tag names the cached file on disk and answers <c>If-None-Match</c> without rendering anything.
/// </summary>
internal static class ReportTags
{
    /// <summary>Raise whenever the documents' layout, labels or mapping change, so every cached PDF is rendered afresh.</summary>
    public const int LayoutVersion = 5;

    /// <summary>
    /// The run (id and input hash), the language and the reader's digits (<see cref="NumberText.Current"/>), plus the ids of every governorate's latest run in the year up to it (the scorecard
    /// also shows its rank, the national medians and the three-year trend, which move when another run is stored) and the ministry
    /// identity's fingerprint (the identity block), and the stamp of the governorate's improvement actions (the plan page lists
    /// them with their status, which changes without a new run).
    /// </summary>
    public static string Scorecard(RunDto run, IEnumerable<Guid> latestRuns, ReportLanguage language, string identity, string actions) =>
        Hash($"scorecard|{LayoutVersion}|{language.Code()}|{NumberText.Current}|{run.Id:N}|{run.InputHash}|{Join(latestRuns)}|{identity}|{actions}");

    /// <summary>Every latest run of the year and of the year before (rank change), the cycle's kind, the language, the digits and the identity.</summary>
    public static string Comparison(int year, string kind, IEnumerable<(Guid Id, string InputHash)> runs, IEnumerable<Guid> previousYear, ReportLanguage language, string identity) =>
        Hash($"comparison|{LayoutVersion}|{language.Code()}|{NumberText.Current}|{year}|{kind}|{string.Join(',', runs.Select(r => $"{r.Id:N}:{r.InputHash}").Order(StringComparer.Ordinal))}|{Join(previousYear)}|{identity}");

    /// <summary>The runs a comparison shows, whatever the language: the verification code printed on it.</summary>
    public static string RunSet(IEnumerable<(Guid Id, string InputHash)> runs) =>
        Hash(string.Join(',', runs.Select(r => $"{r.Id:N}:{r.InputHash}").Order(StringComparer.Ordinal)));

    /// <summary>The quoted header value of a tag.</summary>
    public static string Header(string tag) => "\"" + tag + "\"";

    /// <summary>True when <c>If-None-Match</c> names the tag (or is <c>*</c>); weak and strong forms both count, as RFC 9110 asks for GET.</summary>
    public static bool Matches(string? ifNoneMatch, string tag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        if (ifNoneMatch.Trim() == "*")
        {
            return true;
        }

        return EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
            && tags.Any(t => t.Tag.AsSpan().Trim('"').SequenceEqual(tag));
    }

    private static string Join(IEnumerable<Guid> ids) => string.Join(',', ids.Select(id => id.ToString("N")).Order(StringComparer.Ordinal));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
