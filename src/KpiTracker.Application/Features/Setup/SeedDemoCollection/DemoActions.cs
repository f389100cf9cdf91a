using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

/// <summary>
/// Demo improvement actions: OM-BS's and OM-MA's reviewers opened actions in March 2025 on the first red and amber indicators
/// of their 2024 scorecards, due in 2025, so the 2025 runs measure their effects and the loop score. One is done, one in
/// progress with a note, one planned (overdue once its date has passed), one dropped with a reason. Expected values lie
/// two thirds of the way from the 2024 value to the target. The owner of the indicator is responsible, else the reviewer.
/// The done one carries a short completion report (a CSV note) as its evidence, as done requires.
/// </summary>
internal static class DemoActions
{
    private static readonly DateTimeOffset OpenedAt = new(2025, 3, 16, 6, 0, 0, TimeSpan.Zero);

    private static readonly (ActionStatus Status, DateOnly Due, string Title, string? Note)[] Plans =
    [
        (ActionStatus.Done, new(2025, 6, 30), "تدريب فرق الخدمة على معايير الجودة", "اكتمل تدريب ٤٢ موظفًا في ثلاث ولايات."),
        (ActionStatus.InProgress, new(2025, 9, 30), "أتمتة جمع البيانات من الولايات", "اعتُمد النموذج الإلكتروني وبدأ العمل به في ولايتين."),
        (ActionStatus.Planned, new(2025, 11, 30), "مراجعة إجراءات المتابعة الشهرية", null),
        (ActionStatus.Dropped, new(2025, 10, 31), "حملة توعية ميدانية", "أُلغيت لعدم توفر الميزانية هذا العام."),
    ];

    public static async Task<int> AddAsync(AppDbContext db, FileStore store, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Year == 2024, cancellationToken);
        var edition = await EditionModel.LoadAsync(db, cycle.EditionId, cancellationToken);
        var added = 0;
        foreach (var (gov, reviewer) in new[] { ("OM-BS", "reviewer.bs"), ("OM-MA", "reviewer.ma") })
        {
            var inputs = await UnitInputs.LoadAsync(db, cycle, edition, gov, cancellationToken);
            var score = ScoringEngine.Score(inputs.Framework, inputs.Results, inputs.Kind);
            var weak = score.Indicators
                .Where(i => i.Light is TrafficLight.Red or TrafficLight.Amber && i.Value is not null && edition.IndicatorsByCode[i.Code].Source != SourceType.Platform)
                .Take(Plans.Length)
                .ToList();
            var reviewerId = await db.Users.Where(u => u.UserName == reviewer).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            if (reviewerId is null)
            {
                continue;
            }

            for (var n = 0; n < weak.Count; n++)
            {
                var indicator = edition.IndicatorsByCode[weak[n].Code];
                var owner = await db.Assignments.Where(a => a.Role == Role.IndicatorOwner && a.OrgUnitCode == gov && a.IndicatorCode == indicator.Code)
                    .Select(a => (Guid?)a.UserId).FirstOrDefaultAsync(cancellationToken);
                var baseline = weak[n].Value!.Value;
                var target = indicator.Range?.TargetLow ?? indicator.Target ?? baseline;
                var expected = Math.Round(baseline + ((target - baseline) * 2 / 3), 1, MidpointRounding.AwayFromZero);
                var plan = Plans[n];
                var draft = new ActionDraft(cycle.Id, 2024, gov, n + 1, indicator.Code, plan.Title, null, owner ?? reviewerId.Value, plan.Due, expected, weak[n].Light, false, baseline);
                var (action, problems) = ImprovementAction.Open(draft, OpenedAt, reviewer);
                if (action is null)
                {
                    throw new InvalidOperationException($"Demo action {gov}/{n + 1}: {string.Join(", ", problems.Select(p => p.Code))}");
                }

                if (plan.Status != ActionStatus.Planned)
                {
                    Check(action, action.Update(plan.Status == ActionStatus.Done ? ActionStatus.InProgress : plan.Status, plan.Note, OpenedAt.AddDays(30)));
                    if (plan.Status == ActionStatus.Done)
                    {
                        db.Add(await CompletionReportAsync(store, action, plan.Note!, reviewer, OpenedAt.AddDays(99), cancellationToken));
                        Check(action, action.Update(ActionStatus.Done, null, OpenedAt.AddDays(100)));
                    }
                }

                db.ImprovementActions.Add(action);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// A small CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Arabic) standing for the report a reviewer
    /// would attach. The bytes are written before the record, so a failed seed never leaves a record without its file.
    /// </summary>
    private static async Task<ActionEvidence> CompletionReportAsync(FileStore store, ImprovementAction action, string summary, string reviewer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var text = "الإجراء,المحافظة,المؤشر,الخلاصة\r\n" + $"{action.Number},{action.OrgUnitCode},{action.IndicatorCode},{summary}\r\n";
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
        var storedName = FileStore.NewName();
        await using (var content = new MemoryStream(bytes, writable: false))
        {
            await store.SaveAsAsync(storedName, content, cancellationToken);
        }

        return ActionEvidence.Attach(
            action, storedName, $"تقرير-إنجاز-الإجراء-{action.Number}.csv", FileKind.Csv.ContentType(), bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes)), null, reviewer, at);
    }

    private static void Check(ImprovementAction action, IReadOnlyList<RuleViolation> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Demo action {action.AuditKey}: {string.Join(", ", problems.Select(p => p.Code))}");
        }
    }
}
