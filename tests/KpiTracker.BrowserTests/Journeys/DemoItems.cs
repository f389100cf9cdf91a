using System.Globalization;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Submissions.GetSubmission;
using KpiTracker.Application.Features.Submissions.ListSubmissions;
using KpiTracker.Application.Features.Setup.SeedDemoData;
using KpiTracker.BrowserTests.Infrastructure;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// Finds work in the demo's open cycle for a journey. The demo's states are seeded in a shuffled (but fixed) order, so a test
/// looks the items up, as the system, instead of hard-coding indicator codes.
/// </summary>
internal static class DemoItems
{
    public const int OpenYear = 2025;

    /// <summary>Draft items of a governorate that a demo owner can fill with a plain value (no survey, not computed by the platform).</summary>
    public static async Task<List<SubmissionDto>> PlainDraftsAsync(BrowserFixture fixture, string governorate)
    {
        var list = await fixture.SendAsync(new ListSubmissionsQuery(OpenYear, governorate, "draft", null));
        Assert.True(list.IsSuccess);
        var items = new List<SubmissionDto>();
        foreach (var row in list.Value.Where(r => r.NotApplicable == NotApplicableRequest.None))
        {
            var item = await fixture.SendAsync(new GetSubmissionQuery(OpenYear, governorate, row.Indicator));
            if (item.IsSuccess && item.Value.Source is not (SourceType.Survey or SourceType.Platform))
            {
                items.Add(item.Value);
            }
        }

        return items;
    }

    public static async Task<SubmissionDto> GetAsync(BrowserFixture fixture, string governorate, string indicator)
    {
        var item = await fixture.SendAsync(new GetSubmissionQuery(OpenYear, governorate, indicator));
        Assert.True(item.IsSuccess);
        return item.Value;
    }

    /// <summary>The demo owner account (owner1…owner3 of the governorate's suffix) whose criteria hold the indicator.</summary>
    public static string OwnerOf(string governorate, string indicator)
    {
        var criterion = indicator.Split('-')[0];
        var index = DemoAccounts.OwnerCriteria.ToList().FindIndex(c => c.Contains(criterion));
        return $"owner{index + 1}.{governorate[3..].ToLowerInvariant()}";
    }

    /// <summary>A value the rules accept without a soft-rule warning: last year's value, or the target when there is none.</summary>
    public static decimal Plain(SubmissionDto item) => item.PreviousValue ?? item.Target ?? 1m;

    /// <summary>A value 40 points away from last year's (a 0–100 unit): the soft rule on the change fires.</summary>
    public static decimal FarFromLastYear(SubmissionDto item) => item.PreviousValue!.Value >= 50 ? item.PreviousValue.Value - 40 : item.PreviousValue.Value + 40;

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as the pages show it in Arabic: Latin digits with a point, as in English (docs/NUMBERS.md).</summary>
    public static string Arabic(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
