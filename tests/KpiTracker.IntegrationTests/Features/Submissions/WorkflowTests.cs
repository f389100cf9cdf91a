using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Submissions;

public sealed class WorkflowTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    private static readonly object ReturnBody = new { reason = "calculation_error", text = "The denominator should be all goals, not approved goals." };

    [Fact]
    public async Task An_item_goes_from_draft_to_verified_with_each_role_doing_its_step()
    {
        var draft = await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = "72.5", comment = "From the Q4 plan report." });
        Assert.Equal((SubmissionState.Draft, "pending", 72.5m), (draft.State, draft.Status, draft.Value));
        Assert.Equal([SubmissionAction.Save, SubmissionAction.Submit, SubmissionAction.RequestNa], draft.Actions);

        var submitted = await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        Assert.Equal((SubmissionState.Submitted, 1, true), (submitted.State, submitted.SubmitCount, submitted.OnTime));
        Assert.Equal([SubmissionAction.Accept, SubmissionAction.Return], (await GetAsync(Reviewer, "OM-BS", "LSP-01")).Actions);

        var accepted = await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        Assert.Equal((SubmissionState.Accepted, "value"), (accepted.State, accepted.Status));
        Assert.Equal([SubmissionAction.Verify, SubmissionAction.Return], (await GetAsync(Client, "OM-BS", "LSP-01")).Actions);

        var verified = await ActOkAsync(Client, "OM-BS", "LSP-01", "verify");
        Assert.Equal(SubmissionState.Verified, verified.State);
        Assert.Empty((await GetAsync(Owner, "OM-BS", "LSP-01")).Actions);

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "submission" && a.EntityKey == "2025/OM-BS/LSP-01").OrderBy(a => a.Seq)
            .Select(a => new { a.Action, a.UserName, a.Role }).ToListAsync());
        Assert.Equal(
            [("save_draft.update", "owner.bs", "indicator_owner"), ("submit_value.update", "owner.bs", "indicator_owner"), ("accept_submission.update", "reviewer.bs", "governorate_reviewer"), ("verify_submission.update", "central.test", "central_team")],
            audit.Select(a => (a.Action, a.UserName!, a.Role!)).ToArray());
        var revisionAudit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "revision" && a.EntityKey == "2025/OM-BS/LSP-01/r1").OrderBy(a => a.Seq).Select(a => new { a.Action, a.UserName, a.OldValues, a.NewValues }).ToListAsync());
        Assert.Contains(revisionAudit, a => a.Action == "save_draft.update" && a.UserName == "owner.bs" && a.NewValues!.Contains("72.5", StringComparison.Ordinal) && a.NewValues.Contains("Q4 plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Returns_go_back_to_the_owner_with_a_reason_from_the_reviewer_and_from_the_central_team()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 60 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");

        var returned = await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", ReturnBody);
        Assert.Equal((SubmissionState.Returned, "calculation_error", "Calculation error", "reviewer.bs"), (returned.State, returned.LastReturn!.Reason, returned.LastReturn.ReasonLabel, returned.LastReturn.By));
        Assert.Equal([SubmissionAction.Save, SubmissionAction.Submit, SubmissionAction.RequestNa], (await GetAsync(Owner, "OM-BS", "LSP-01")).Actions);

        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 64 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        var centralReturn = await ActOkAsync(Client, "OM-BS", "LSP-01", "return", new { reason = "definition_mismatch", text = "Count goals of the 2025 plan only." });
        Assert.Equal((SubmissionState.Returned, 2, 2), (centralReturn.State, centralReturn.ReturnCount, centralReturn.SubmitCount));

        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        await ActOkAsync(Client, "OM-BS", "LSP-01", "verify");
        Assert.Equal(SubmissionState.Returned, (await ActOkAsync(Client, "OM-BS", "LSP-01", "return", new { reason = "evidence_missing", text = "Attach the signed plan." })).State);

        var reasons = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "submission" && a.EntityKey == "2025/OM-BS/LSP-01" && a.Action == "return_submission.update").OrderBy(a => a.Seq)
            .Select(a => new { a.Reason, a.Role }).ToListAsync());
        Assert.Equal(
            [("calculation_error: The denominator should be all goals, not approved goals.", "governorate_reviewer"), ("definition_mismatch: Count goals of the 2025 plan only.", "central_team"), ("evidence_missing: Attach the signed plan.", "central_team")],
            reasons.Select(r => (r.Reason!, r.Role!)).ToArray());

        var history = (await Owner.GetFromJsonAsync<List<RevisionDto>>(ItemUrl("OM-BS", "LSP-01", "revisions"), Json))!;
        Assert.Equal(
            ["submit", "return", "submit", "accept", "return", "submit", "accept", "verify", "return"],
            Assert.Single(history).Events.Select(e => e.Action).ToArray());
    }

    public static TheoryData<string, string, string, int> RefusedByRole => new()
    {
        // caller, action, item, status: 403 when the item is in the caller's sight but not theirs to act on, 404 when outside it.
        { "owner", "accept", "submitted", 403 },
        { "owner", "verify", "accepted", 403 },
        { "owner", "return", "submitted", 403 },
        { "owner", "grant-na", "na_requested", 403 },
        { "owner", "reopen", "submitted", 403 },
        { "reviewer", "submit", "draft", 403 },
        { "reviewer", "verify", "accepted", 403 },
        { "reviewer", "return", "accepted", 403 },
        { "reviewer", "request-na", "draft", 403 },
        { "reviewer", "grant-na", "na_requested", 403 },
        { "central", "submit", "draft", 403 },
        { "central", "accept", "submitted", 403 },
        { "central", "request-na", "draft", 403 },
        { "auditor", "accept", "submitted", 403 },
        { "auditor", "return", "submitted", 403 },
        { "viewer", "accept", "submitted", 403 },
        { "reviewer.ma", "accept", "submitted", 404 },
        { "reviewer.ma", "return", "submitted", 404 },
        { "owner.ma", "submit", "draft", 404 },
        { "owner.ma", "request-na", "draft", 404 },
    };

    [Theory]
    [MemberData(nameof(RefusedByRole))]
    public async Task A_role_that_may_not_act_is_refused_and_the_refusal_audited(string caller, string action, string item, int status)
    {
        await PrepareAsync(item);
        var before = await GetAsync(Client, "OM-BS", "LSP-01");

        using var response = await PostAsync(ClientOf(caller), "OM-BS", "LSP-01", action, BodyOf(action), before.Version);

        Assert.Equal(status, (int)response.StatusCode);
        var after = await GetAsync(Client, "OM-BS", "LSP-01");
        Assert.Equal((before.State, before.Version), (after.State, after.Version));
        Assert.True(await Fixture.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "access.refused" && a.EntityKey == "OM-BS")));
    }

    [Theory]
    [InlineData("owner", "PUT", 200)]
    [InlineData("reviewer", "PUT", 403)]
    [InlineData("central", "PUT", 403)]
    [InlineData("auditor", "PUT", 403)]
    [InlineData("owner.ma", "PUT", 404)]
    [InlineData("owner", "GET", 200)]
    [InlineData("reviewer", "GET", 200)]
    [InlineData("auditor", "GET", 200)]
    [InlineData("viewer", "GET", 403)]
    [InlineData("owner.ma", "GET", 404)]
    [InlineData("reviewer.ma", "GET", 404)]
    public async Task Reading_and_saving_follow_scope(string caller, string method, int status)
    {
        var current = await GetAsync(Client, "OM-BS", "LSP-01");

        using var response = method == "GET"
            ? await ClientOf(caller).GetAsync(new Uri(ItemUrl("OM-BS", "LSP-01"), UriKind.Relative))
            : await PutAsync(ClientOf(caller), "OM-BS", "LSP-01", """{"value": 70}""", current.Version);

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_owner_sees_only_their_indicators_of_their_governorate_and_other_items_do_not_exist_for_them()
    {
        using var other = await Owner.GetAsync(new Uri(ItemUrl("OM-BS", "LSP-02"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var mine = (await Owner.GetFromJsonAsync<List<SubmissionSummaryDto>>($"/api/cycles/{Year}/submissions", Json))!;
        Assert.Equal(["LSP-01", "LSP-04", "PAO-02"], mine.Select(s => s.Indicator).ToArray());
        Assert.All(mine, s => Assert.Equal("OM-BS", s.Governorate));

        var reviewerView = (await Reviewer.GetFromJsonAsync<List<SubmissionSummaryDto>>($"/api/cycles/{Year}/submissions", Json))!;
        Assert.Equal(35, reviewerView.Count);
        Assert.Equal("LSP-01", reviewerView[0].Indicator);
        Assert.Equal("ENV-05", reviewerView[^1].Indicator);

        var all = (await Auditor.GetFromJsonAsync<List<SubmissionSummaryDto>>($"/api/cycles/{Year}/submissions?state=draft", Json))!;
        Assert.Equal(11 * 35, all.Count);
        Assert.Equal("OM-MA", all[0].Governorate);

        using var outside = await Owner.GetAsync(new Uri($"/api/cycles/{Year}/submissions?governorate=OM-MA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        using var badState = await Reviewer.GetAsync(new Uri($"/api/cycles/{Year}/submissions?state=finished", UriKind.Relative));
        Assert.Equal("submission.state.unknown", (await ProblemAsync(badState)).Fields["state"].Single());
    }

    public static TheoryData<string, string, string, string> WrongState => new()
    {
        // item state, caller, action, expected code (409)
        { "draft", "reviewer", "accept", "submission.wrong_state" },
        { "draft", "central", "verify", "submission.wrong_state" },
        { "draft", "reviewer", "return", "submission.wrong_state" },
        { "submitted", "owner", "submit", "submission.wrong_state" },
        { "submitted", "central", "verify", "submission.wrong_state" },
        { "accepted", "reviewer", "accept", "submission.wrong_state" },
        { "accepted", "owner", "submit", "submission.wrong_state" },
        { "verified", "central", "verify", "submission.wrong_state" },
        { "draft", "central", "grant-na", "na.not_requested" },
        { "na_requested", "owner", "submit", "na.pending" },
        { "na_requested", "owner", "request-na", "na.pending" },
        { "verified", "central", "reopen", "cycle.not_closed" },
    };

    [Theory]
    [MemberData(nameof(WrongState))]
    public async Task An_action_out_of_turn_is_a_conflict_that_carries_the_current_item(string item, string caller, string action, string code)
    {
        await PrepareAsync(item);
        var before = await GetAsync(Client, "OM-BS", "LSP-01");

        using var response = await PostAsync(ClientOf(caller), "OM-BS", "LSP-01", action, BodyOf(action), before.Version);

        var problem = await ProblemAsync(response);
        Assert.Equal((409, code), (problem.Status, problem.Code));
        Assert.Equal((before.State, before.Version), (problem.Current!.State, problem.Current.Version));
    }

    [Fact]
    public async Task Entry_opens_on_the_opening_day_and_closes_after_expiry_except_for_answers_to_returns()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", ReturnBody);

        // Ten seconds before entry ends (15 Feb 2026 24:00 in Muscat); the clock runs on while the request is made.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 15, 19, 59, 50, TimeSpan.Zero));
        await SaveAsync(Owner, "OM-BS", "LSP-04", new { likertMean = "3.8", sampleSize = 120, population = 400 });

        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 15, 20, 0, 0, TimeSpan.Zero));
        var draft = await GetAsync(Owner, "OM-BS", "LSP-04");
        Assert.Equal(("missing", false), (draft.Status, draft.EntryOpen));
        using (var late = await PutAsync(Owner, "OM-BS", "LSP-04", """{"likertMean": 4}""", draft.Version))
        {
            Assert.Equal((409, "cycle.entry_closed"), ((int)late.StatusCode, (await ProblemAsync(late)).Code));
        }

        using (var lateSubmit = await PostAsync(Owner, "OM-BS", "LSP-04", "submit", null, draft.Version))
        {
            Assert.Equal((409, "cycle.entry_closed"), ((int)lateSubmit.StatusCode, (await ProblemAsync(lateSubmit)).Code));
        }

        // The returned item may still be corrected and sent again, and reviewed.
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 71 });
        var resubmitted = await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        Assert.True(resubmitted.OnTime);
        Assert.Equal(SubmissionState.Accepted, (await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept")).State);
    }

    [Fact]
    public async Task A_cycle_opened_before_its_opening_date_takes_no_entry_until_that_day()
    {
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 20, 8, 0, 0, TimeSpan.Zero));
        await OpenCycleAsync(2026);
        var item = await GetAsync(Owner, "OM-BS", "LSP-01", 2026);
        Assert.False(item.EntryOpen);

        using (var early = await SendAsync(Owner, HttpMethod.Put, ItemUrl("OM-BS", "LSP-01", year: 2026), """{"value": 70}""", item.Version))
        {
            Assert.Equal((409, "cycle.not_open"), ((int)early.StatusCode, (await ProblemAsync(early)).Code));
        }

        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero));
        using var onTime = await SendAsync(Owner, HttpMethod.Put, ItemUrl("OM-BS", "LSP-01", year: 2026), """{"value": 70}""", item.Version);
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
    }

    [Fact]
    public async Task A_survey_score_may_be_entered_as_a_likert_mean_with_its_sample()
    {
        var saved = await SaveAsync(Owner, "OM-BS", "LSP-04", new { likertMean = "4.2", sampleSize = 150, population = 900, responseRate = "16.7", instrument = "Leadership survey 2025" });

        Assert.Equal((80m, 4.2m, 150, 900, 16.7m, "Leadership survey 2025"), (saved.Value!.Value, saved.LikertMean!.Value, saved.SampleSize!.Value, saved.Population!.Value, saved.ResponseRate!.Value, saved.Instrument!));
        using var submit = await ActAsync(Owner, "OM-BS", "LSP-04", "submit");
        var problem = await ProblemAsync(submit);
        Assert.Equal((400, "evidence.required"), (problem.Status, problem.Fields["evidence"].Single()));
    }

    [Fact]
    public async Task The_platform_computes_GOV_02_so_nobody_enters_it()
    {
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.gov", (Role.IndicatorOwner, "OM-BS", "GOV-02")), "en");
        var item = await GetAsync(owner, "OM-BS", "GOV-02");

        using var response = await PutAsync(owner, "OM-BS", "GOV-02", """{"value": 90}""", item.Version);

        Assert.Equal((409, "indicator.computed"), ((int)response.StatusCode, (await ProblemAsync(response)).Code));
    }

    [Fact]
    public async Task A_big_change_from_last_year_is_saved_with_a_warning_and_submitted_only_with_a_justification()
    {
        await ClosePreviousCycleAsync(2024, ("OM-BS", "LSP-01", 50m));

        var saved = await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 80 });
        Assert.Equal(50m, saved.PreviousValue);
        Assert.Equal(["soft.change_relative", "soft.change_points"], saved.Warnings.Select(w => w.Code).ToArray());
        Assert.Contains("from last cycle's 50", saved.Warnings[0].Message, StringComparison.Ordinal);

        using (var refused = await ActAsync(Owner, "OM-BS", "LSP-01", "submit"))
        {
            var problem = await ProblemAsync(refused);
            Assert.Equal((400, "justification.required"), (problem.Status, problem.Fields["justification"].Single()));
        }

        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 80, justification = "The 2025 plan linked all directorates' goals for the first time." });
        Assert.Equal(SubmissionState.Submitted, (await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit")).State);
    }

    [Fact]
    public async Task Not_applicable_is_asked_by_the_owner_and_granted_or_refused_by_the_central_team()
    {
        var requested = await ActOkAsync(Owner, "OM-BS", "LSP-01", "request-na", new { reason = "The governorate has no annual plan cycle this year." });
        Assert.Equal(("requested", SubmissionState.Draft), (requested.NotApplicable.Request, requested.State));
        Assert.Contains(SubmissionAction.GrantNa, (await GetAsync(Client, "OM-BS", "LSP-01")).Actions);

        using (var noReason = await ActAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = false }))
        {
            Assert.Equal("na.decision.reason_required", (await ProblemAsync(noReason)).Fields["reason"].Single());
        }

        var refused = await ActOkAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = false, reason = "A plan exists: the 2025 operational plan." });
        Assert.Equal(("refused", SubmissionState.Draft), (refused.NotApplicable.Request, refused.State));

        await ActOkAsync(Owner, "OM-BS", "LSP-01", "request-na", new { reason = "The operational plan was cancelled in March." });
        var granted = await ActOkAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = true });
        Assert.Equal(("granted", SubmissionState.NotApplicable, "not_applicable"), (granted.NotApplicable.Request, granted.State, granted.Status));

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "submission" && a.EntityKey == "2025/OM-BS/LSP-01").OrderBy(a => a.Seq)
            .Select(a => new { a.Action, a.Reason }).ToListAsync());
        Assert.Equal(
            [
                ("request_not_applicable.update", "The governorate has no annual plan cycle this year."),
                ("decide_not_applicable.update", "refused: A plan exists: the 2025 operational plan."),
                ("request_not_applicable.update", "The operational plan was cancelled in March."),
                ("decide_not_applicable.update", "granted"),
            ],
            audit.Select(a => (a.Action, a.Reason!)).ToArray());
    }

    [Fact]
    public async Task Closing_locks_values_marks_the_rest_missing_and_computes_GOV_02_and_a_reopened_item_locks_again_as_revision_2()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        await SaveAsync(Owner, "OM-BS", "LSP-04", new { value = 60, sampleSize = 40, population = 100 });

        using (var early = await Client.PostAsync(new Uri($"/api/cycles/{Year}/close", UriKind.Relative), null))
        {
            Assert.Equal((409, "cycle.close.too_early"), ((int)early.StatusCode, (await ProblemAsync(early)).Code));
        }

        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero));
        using (var closed = await Client.PostAsync(new Uri($"/api/cycles/{Year}/close", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }

        Assert.Equal(("locked", "value"), Pair(await GetAsync(Client, "OM-BS", "LSP-01")));
        Assert.Equal(("missing", "missing"), Pair(await GetAsync(Client, "OM-BS", "LSP-04")));
        var gov02 = await GetAsync(Client, "OM-BS", "GOV-02");
        // One of 34 applicable indicators submitted, on time: 100 × (1 + 1) / (2 × 34), kept at full precision.
        Assert.Equal((SubmissionState.Locked, 100m * 2 / 68), (gov02.State, gov02.Value!.Value));
        Assert.Equal(0m, (await GetAsync(Client, "OM-MA", "GOV-02")).Value);

        using (var ownerReopen = await ActAsync(Owner, "OM-BS", "LSP-01", "reopen", new { reason = "x" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, ownerReopen.StatusCode);
        }

        var reopened = await ActOkAsync(Client, "OM-BS", "LSP-01", "reopen", new { reason = "The ministry restated the 2025 plan figures." });
        Assert.Equal((SubmissionState.Draft, 2, 70m), (reopened.State, reopened.Revision, reopened.Value!.Value));
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 74 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        Assert.Equal(SubmissionState.Locked, (await ActOkAsync(Client, "OM-BS", "LSP-01", "verify")).State);

        var revisions = (await Auditor.GetFromJsonAsync<List<RevisionDto>>(ItemUrl("OM-BS", "LSP-01", "revisions"), Json))!;
        Assert.Equal([(2, 74m, true), (1, 70m, false)], revisions.Select(r => (r.Number, r.Value!.Value, r.Current)).ToArray());
        Assert.Equal(["submit", "accept", "lock"], revisions[1].Events.Select(e => e.Action).ToArray());
        Assert.Equal(["reopen", "submit", "accept", "verify"], revisions[0].Events.Select(e => e.Action).ToArray());

        var closeAudit = await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "close_cycle.update" && a.Entity == "submission"));
        Assert.Equal(11 * 35, closeAudit);
        Assert.True(await Fixture.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "reopen_submission.update" && a.Reason == "The ministry restated the 2025 plan figures.")));
    }

    [Fact]
    public async Task A_reopened_item_carries_its_evidence_over_and_removing_it_from_the_new_revision_keeps_the_history()
    {
        using (var uploaded = await Evidence.EvidenceApi.UploadAsync(Owner, "OM-BS", "PAO-02", "agreements.pdf", Evidence.EvidenceSamples.Pdf()))
        {
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        }

        await SaveAsync(Owner, "OM-BS", "PAO-02", new { value = 4 });
        await ActOkAsync(Owner, "OM-BS", "PAO-02", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "PAO-02", "accept");
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero));
        using (var closed = await Client.PostAsync(new Uri($"/api/cycles/{Year}/close", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }

        await ActOkAsync(Client, "OM-BS", "PAO-02", "reopen", new { reason = "The agreements list was restated." });

        var url = Evidence.EvidenceApi.Url("OM-BS", "PAO-02");
        var current = (await Owner.GetFromJsonAsync<List<JsonElement>>(url, Json))!;
        var carried = Assert.Single(current);
        Assert.Equal(("agreements.pdf", 2), (carried.GetProperty("fileName").GetString(), carried.GetProperty("revision").GetInt32()));
        using (var download = await Owner.GetAsync(new Uri($"{url}/{carried.GetProperty("id").GetGuid()}", UriKind.Relative)))
        {
            Assert.Equal(Evidence.EvidenceSamples.Pdf(), await download.Content.ReadAsByteArrayAsync());
        }

        // The new revision holds its own copy: removing it from the draft leaves the history's file and record in place.
        var stored = await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().OrderBy(e => e.Revision!.Number).Select(e => e.StoredName).ToListAsync());
        Assert.Equal(2, stored.Distinct().Count());
        using (var deleted = await Owner.DeleteAsync(new Uri($"{url}/{carried.GetProperty("id").GetGuid()}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.True(File.Exists(Path.Combine(Fixture.Factory.StoragePath, stored[0])));
        Assert.False(File.Exists(Path.Combine(Fixture.Factory.StoragePath, stored[1])));
        var history = (await Owner.GetFromJsonAsync<List<JsonElement>>($"{url}?all=true", Json))!;
        Assert.Equal([1], history.Select(e => e.GetProperty("revision").GetInt32()).ToArray());
        var evidenceAudit = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "evidence").OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync());
        Assert.Equal(["upload_evidence.create", "reopen_submission.create", "delete_evidence.delete"], evidenceAudit);
    }

    private static (string, string) Pair(SubmissionDto item) => (item.State.ToCode(), item.Status);

    private static object? BodyOf(string action) => action switch
    {
        "return" => ReturnBody,
        "request-na" => new { reason = "No such unit." },
        "grant-na" => new { grant = true },
        "reopen" => new { reason = "Restated." },
        _ => null,
    };

    private HttpClient ClientOf(string caller) => caller switch
    {
        "owner" => Owner,
        "owner.ma" => OwnerMa,
        "reviewer" => Reviewer,
        "reviewer.ma" => ReviewerMa,
        "central" => Client,
        "auditor" => Auditor,
        "viewer" => Viewer,
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    /// <summary>Brings OM-BS/LSP-01 to the named state through the API.</summary>
    private async Task PrepareAsync(string state)
    {
        if (state == "na_requested")
        {
            await ActOkAsync(Owner, "OM-BS", "LSP-01", "request-na", new { reason = "No plan." });
            return;
        }

        if (state == "draft")
        {
            return;
        }

        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        if (state is "accepted" or "verified")
        {
            await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        }

        if (state == "verified")
        {
            await ActOkAsync(Client, "OM-BS", "LSP-01", "verify");
        }
    }
}
