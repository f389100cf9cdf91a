using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// DOMAIN section 8 through the API: a value whose provisional light is red is refused without the owner's analysis, with the
/// field error in the caller's language; with one it is submitted and the item carries it. LSP-01: L 50, T 100, amber from 70.
/// </summary>
public sealed class SubmitValueAnalysisTests(Infrastructure.DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task A_red_value_is_refused_without_analysis_in_both_languages_and_submitted_with_one()
    {
        var owner = await Fixture.Users.CreateAsync("owner.analysis", (Role.IndicatorOwner, "OM-BS", "LSP-01"));
        using var english = await Fixture.Users.ClientForAsync(owner, "en");
        using var arabic = await Fixture.Users.ClientForAsync(owner, "ar");
        // 84 scores 68: red.
        await SaveAsync(english, "OM-BS", "LSP-01", new { value = 84, analysis = (string?)null });

        foreach (var (client, message) in new[]
                 {
                     (english, "This value scores 68, a red light: write your analysis of it (causes, context) before submitting."),
                     (arabic, "درجة هذه القيمة 68 وإشارتها حمراء: اكتب تحليلك لها (الأسباب والسياق) قبل تقديمها."),
                 })
        {
            using var refused = await ActAsync(client, "OM-BS", "LSP-01", "submit");
            var problem = await ProblemAsync(refused);
            Assert.Equal(400, problem.Status);
            Assert.Equal(["analysis.required_red"], problem.Fields["analysis"]);
            Assert.Contains(message, problem.Text, StringComparison.Ordinal);
        }

        Assert.Equal(SubmissionState.Draft, (await GetAsync(Client, "OM-BS", "LSP-01")).State);

        await SaveAsync(english, "OM-BS", "LSP-01", new { analysis = "أُغلقت وحدتان لإعادة التأهيل في الربع الثالث." });
        var submitted = await ActOkAsync(english, "OM-BS", "LSP-01", "submit");
        Assert.Equal((SubmissionState.Submitted, "أُغلقت وحدتان لإعادة التأهيل في الربع الثالث."), (submitted.State, submitted.Analysis));
        Assert.Equal(submitted.Analysis, (await GetAsync(Reviewer, "OM-BS", "LSP-01")).Analysis);
    }

    [Fact]
    public async Task A_value_at_the_amber_edge_needs_no_analysis()
    {
        // 85 scores exactly 70: amber.
        await SaveAsync(OwnerMa, "OM-MA", "LSP-01", new { value = 85, analysis = (string?)null });
        var submitted = await ActOkAsync(OwnerMa, "OM-MA", "LSP-01", "submit");
        Assert.Equal((SubmissionState.Submitted, (string?)null), (submitted.State, submitted.Analysis));
    }

    [Fact]
    public async Task An_analysis_with_a_bidi_control_is_refused_beside_its_field()
    {
        var current = await GetAsync(Owner, "OM-BS", "LSP-01");
        using var response = await PutAsync(Owner, "OM-BS", "LSP-01", """{"value": 60, "analysis": "a\u202Eb"}""", current.Version);
        var problem = await ProblemAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["text.bidi_control"], problem.Fields["analysis"]);
    }
}
