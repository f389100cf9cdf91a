using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Setup.SeedDemoData;
using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// No raw code and no untranslated word on any page: every page of every role, in Arabic and English, read as the user sees it
/// (<c>document.body.innerText</c>). A lower_snake_case token (a wire code such as <c>evidence_missing</c>) fails in either
/// language; on an Arabic page, so does any Latin word that is not a code (LSP-01, OM-BS, IIS-2024), one of the few names the
/// glossary keeps in Latin letters, or a name a user typed (the demo accounts' names).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class VisibleTextTests(BrowserFixture fixture)
{
    /// <summary>Latin words an Arabic page may show (docs/GLOSSARY.md, "Kept in Latin letters").</summary>
    private static readonly HashSet<string> KeptInLatin = new(StringComparer.Ordinal)
    {
        "English", "PDF", "Excel", "Word", "xlsx", "csv", "SHA", "KB", "MB", "UTC", "API",
    };

    /// <summary>
    /// Names in the demo data: the accounts' user and display names, the system account's user name ("system", in the audit
    /// log's user column) and the actor name the demo collection records on its history events ("owner", DemoPlan).
    /// </summary>
    private static readonly HashSet<string> Typed = new(
        DemoAccounts.All.SelectMany(a => LatinWord().Matches(a.UserName + " " + a.DisplayName).Select(m => m.Value)).Concat(["system", "owner"]),
        StringComparer.Ordinal);

    private static readonly (string User, string[] Pages)[] Journeys =
    [
        ("owner1.bs", ["/", "/my", "/cycles/2025/submissions/OM-BS/LSP-01", "/notifications", "/framework", "/account/password"]),
        ("reviewer.bs", ["/", "/review", "/cycles/2025/submissions/OM-BS/LSP-02", "/cycles/2025/scorecards/OM-BS",
            "/cycles/2025/scorecards/OM-BS?CUS-01=95&LSP-01=50&compute=1", "/cycles/2024/scorecards/OM-BS",
            "/cycles/2025/governorates/OM-BS/progress", "/notifications", "/cycles/2025/submissions/OM-MA/LSP-01"]),
        ("central1", ["/", "/cycles", "/cycles/2025/progress", "/cycles/2025/verify", "/cycles/2025/reports", "/cycles/2025/comparison",
            "/cycles/2024/comparison", "/frameworks", "/frameworks/IIS-2024/edit", "/framework/IIS-2024", "/review"]),
        ("admin", ["/", "/admin/users", "/admin/users/new", "/admin/users/reviewer.bs"]),
        ("auditor", ["/", "/audit", "/cycles"]),
        ("viewer", ["/", "/cycles/2025/scorecards/OM-MA", "/cycles/2024/comparison"]),
    ];

    [Fact]
    public async Task Every_page_shows_words_not_codes_in_both_languages()
    {
        var findings = new List<string>();
        foreach (var language in new[] { "ar", "en" })
        {
            await using var anonymous = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
            await anonymous.AddCookiesAsync([LanguageCookie(language)]);
            var signIn = await anonymous.NewPageAsync();
            await signIn.GotoAsync("/account/sign-in");
            findings.AddRange(await ReadAsync(signIn, language));
        }

        foreach (var (user, pages) in Journeys)
        {
            var page = await fixture.SignInAsync(user);
            foreach (var language in new[] { "ar", "en" })
            {
                await page.Context.AddCookiesAsync([LanguageCookie(language)]);
                foreach (var url in pages)
                {
                    await page.GotoAsync(url);
                    findings.AddRange(await ReadAsync(page, language, user));
                }
            }

            await page.Context.CloseAsync();
        }

        fixture.AssertNoServerFailures();
        Assert.True(findings.Count == 0, "Codes or untranslated words on screen:\n" + string.Join("\n", findings.Distinct()));
    }

    [Fact]
    public async Task The_check_finds_a_planted_code_and_a_planted_english_word()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        await page.GotoAsync("/review");
        Assert.Empty(await ReadAsync(page, "ar"));

        await page.EvaluateAsync("() => { const p = document.createElement('p'); p.textContent = 'السبب: evidence_missing'; document.querySelector('main').append(p); }");
        Assert.Contains(await ReadAsync(page, "ar"), f => f.Contains("evidence_missing", StringComparison.Ordinal));

        await page.GotoAsync("/review");
        await page.EvaluateAsync("() => { const p = document.createElement('p'); p.textContent = 'المُشغِّل: manual'; document.querySelector('main').append(p); }");
        Assert.Contains(await ReadAsync(page, "ar"), f => f.Contains("manual", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> ReadAsync(IPage page, string language, string user = "")
    {
        // A code set as <code> on purpose (a hint's example to type, an audit action or key, a run's trigger beside its words)
        // is syntax, not words: it is left out of the reading.
        var text = await page.EvaluateAsync<string>("""
            () => {
              const codes = [...document.querySelectorAll('code')];
              codes.forEach(c => c.style.display = 'none');
              const text = document.body.innerText;
              codes.forEach(c => c.style.display = '');
              return text;
            }
            """);
        var where = $"[{language}] {user} {new Uri(page.Url).PathAndQuery}";
        var found = SnakeCase().Matches(text).Select(m => $"{where}: code \"{m.Value}\" in \"{Around(text, m.Index)}\"").ToList();
        if (language == "ar")
        {
            found.AddRange(LatinWord().Matches(text)
                .Where(m => !SnakeCase().IsMatch(m.Value) && !IsCode(m.Value) && !KeptInLatin.Contains(m.Value) && !Typed.Contains(m.Value))
                .Select(m => $"{where}: Latin word \"{m.Value}\" in \"{Around(text, m.Index)}\""));
        }

        return found;
    }

    /// <summary>An identifier: LSP, LSP-01, OM-BS, IIS-2024, a letter of a formula (L, T), a hash in hex.</summary>
    private static bool IsCode(string word) => Code().IsMatch(word);

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        return text.Substring(start, Math.Min(text.Length - start, 80)).ReplaceLineEndings(" ");
    }

    private Cookie LanguageCookie(string language) =>
        new() { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl };

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[-_.'][A-Za-z0-9]+)*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"^(?:[A-Z]{2,}[0-9]*(?:-[A-Z0-9]+)*|[A-Z]|[0-9a-f]{16,})$")]
    private static partial Regex Code();
}
