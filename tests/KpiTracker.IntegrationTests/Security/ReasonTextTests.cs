using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Flags.ConfirmFlag;
using KpiTracker.Application.Features.Submissions.DecideNotApplicable;
using KpiTracker.Application.Features.Submissions.ReopenSubmission;
using KpiTracker.Application.Features.Submissions.RequestNotApplicable;
using KpiTracker.Application.Features.Submissions.ReturnSubmission;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>
/// Every command that takes a reason refuses one that the audit record cannot keep or that hides what it says (NUL and other
/// control characters, direction controls, too long) with a field error, before anything is read or written (#20 item 10).
/// </summary>
public sealed class ReasonTextTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string, string> BadReasons => new()
    {
        { "wrong\0value", "text.control_char" },
        { "see \u202Ethe file", "text.bidi_control" },
        { new string('r', 4000), "text.too_long" },
    };

    [Theory]
    [MemberData(nameof(BadReasons))]
    public async Task Each_command_with_a_reason_refuses_it_on_its_field(string reason, string code)
    {
        var answers = new (string Field, AppError? Error)[]
        {
            ("text", (await Fixture.SendAsync(new ReturnSubmissionCommand(2025, "OM-BS", "LSP-01", null, "calculation_error", reason))).Error),
            ("reason", (await Fixture.SendAsync(new ReopenSubmissionCommand(2025, "OM-BS", "LSP-01", null, reason))).Error),
            ("reason", (await Fixture.SendAsync(new RequestNotApplicableCommand(2025, "OM-BS", "LSP-01", null, reason))).Error),
            ("reason", (await Fixture.SendAsync(new DecideNotApplicableCommand(2025, "OM-BS", "LSP-01", null, false, reason))).Error),
            ("reason", (await Fixture.SendAsync(new ConfirmFlagCommand(2025, Guid.NewGuid(), reason))).Error),
        };

        Assert.All(answers, answer =>
        {
            Assert.Equal(ErrorKind.Validation, answer.Error?.Kind);
            Assert.Equal(code, Assert.Single(answer.Error!.Fields, f => f.Field == answer.Field).Code);
        });
    }
}
