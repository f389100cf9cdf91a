using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Flags.ScanOutliers;
using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using Mediator;
using Microsoft.EntityFrameworkCore;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

/// <summary>
/// Demo data for <c>deploy/local.sh run</c>, after the demo accounts: closed cycles 2023 and 2024 with values for every
/// governorate and indicator (a few returns, not-applicable grants, missing items and outliers among them, their flags
/// confirmed) and an open 2025 cycle part-way through collection, with work waiting for the OM-BS and OM-MA demo accounts
/// (drafts, submitted, returned, accepted and verified items, a pending not-applicable request, open outlier flags,
/// notifications). Values come from a fixed seed, so every run gives the same numbers. The 2025 calendar is set around the
/// day it is seeded (opened 20 days before, deadline 15 days after, expiry 30, review 45, verification 75, close 90 days
/// after, in Muscat dates) so the demo is mid-collection whenever it runs. Does nothing when any cycle exists.
/// </summary>
public sealed record SeedDemoCollectionCommand : ICommand<SeedDemoCollectionResult>, ISystemMessage;

public sealed record SeedDemoCollectionResult(bool Seeded, int Items, int Flags);

internal sealed class SeedDemoCollectionHandler(AppDbContext db, ISender sender, Notifier notifier, FileStore store, TimeProvider clock)
    : ICommandHandler<SeedDemoCollectionCommand, SeedDemoCollectionResult>
{
    private const int OpenYear = 2025;
    private static readonly int[] ClosedYears = [2023, 2024];

    public async ValueTask<SeedDemoCollectionResult> Handle(SeedDemoCollectionCommand command, CancellationToken cancellationToken)
    {
        if (await db.Cycles.AnyAsync(cancellationToken))
        {
            return new SeedDemoCollectionResult(false, 0, 0);
        }

        var edition = await db.FrameworkEditions.AsNoTracking().Include(e => e.Criteria).ThenInclude(c => c.Indicators).AsSplitQuery()
            .SingleAsync(e => e.Code == DefaultEditionFile.Code, cancellationToken);
        var units = await CycleQueries.AssessedUnitsAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var items = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var plan = new DemoPlan(edition, units);
            var count = 0;
            foreach (var year in ClosedYears)
            {
                var (cycle, submissions) = plan.Closed(year);
                db.Cycles.Add(cycle);
                db.Submissions.AddRange(submissions);
                count += submissions.Count;
            }

            var (open, current) = plan.Open(OpenYear, now);
            db.Cycles.Add(open);
            db.Submissions.AddRange(current);
            count += current.Count;

            // Items that needed evidence to be submitted have a real file behind their record; the bytes are written
            // first, so a failed seed can leave unreferenced files but never a record without its file.
            foreach (var (evidence, bytes) in plan.Files)
            {
                await using var content = new MemoryStream(bytes, writable: false);
                await store.SaveAsAsync(evidence.StoredName, content, cancellationToken);
                db.Add(evidence);
            }
            foreach (var (item, kind) in plan.Notices)
            {
                if (kind == NotificationKind.SubmissionSubmitted)
                {
                    await notifier.ToReviewersAsync(item, kind, item.UpdatedAt, cancellationToken);
                }
                else
                {
                    await notifier.ToOwnersAsync(item, kind, item.UpdatedAt, cancellationToken);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return count;
        });

        var flags = 0;
        foreach (var year in ClosedYears.Append(OpenYear))
        {
            flags += (await sender.Send(new ScanOutliersCommand(year), cancellationToken)).Value.FlagsAdded;
        }

        // Closed cycles were reviewed: their flags were answered before they closed.
        var answered = await db.SubmissionFlags.Where(f => f.Year < OpenYear && f.Status == FlagStatus.Open).ToListAsync(cancellationToken);
        foreach (var flag in answered)
        {
            flag.Confirm("تحققنا من القيمة مع المحافظة؛ الأرقام صحيحة ومدعومة بالأدلة.", flag.CreatedAt, "reviewer");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SeedDemoCollectionResult(true, items, flags);
    }
}

/// <summary>Builds the demo cycles in memory through the domain's own workflow methods, from a fixed seed.</summary>
internal sealed class DemoPlan(FrameworkEdition edition, IReadOnlyList<string> units)
{
    private const int Seed = 20_250_101;
    private const string Owner = "owner";
    private const string Reviewer = "reviewer";
    private const string Central = "central";

    /// <summary>How far each governorate is along, from 0 (at L) to 1 (at T), before noise and yearly progress.</summary>
    private static readonly Dictionary<string, double> Strength = new()
    {
        ["OM-MA"] = 0.82, ["OM-ZU"] = 0.66, ["OM-MU"] = 0.48, ["OM-BU"] = 0.55, ["OM-DA"] = 0.7, ["OM-BS"] = 0.74,
        ["OM-BJ"] = 0.62, ["OM-SS"] = 0.58, ["OM-SJ"] = 0.52, ["OM-ZA"] = 0.6, ["OM-WU"] = 0.44,
    };

    /// <summary>Values far from the rest, so the scan has something to show: (year, governorate, indicator, value).</summary>
    private static readonly (int Year, string Unit, string Indicator, decimal Value)[] Outliers =
    [
        (2024, "OM-MU", "INN-01", 14m), (2024, "OM-WU", "HCC-03", 3m), (2025, "OM-BS", "LSP-02", 12m), (2025, "OM-MA", "CUS-05", 60m),
    ];

    private static readonly string[] Comments =
    [
        "المصدر: التقرير السنوي لدائرة التخطيط والاستثمار.",
        "احتُسبت القيمة من سجلات نظام الأداء الفردي حتى 31 ديسمبر.",
        "البيانات من النظام المالي بعد الإقفال السنوي.",
        "Figures from the governorate's annual report, reconciled with the finance system.",
    ];

    private static readonly (ReturnReason Reason, string Text)[] ReturnTexts =
    [
        (ReturnReason.EvidenceMissing, "يرجى إرفاق نسخة موقعة من التقرير الداعم للقيمة."),
        (ReturnReason.CalculationError, "المقام يجب أن يشمل جميع الموظفين وليس المعينين فقط."),
        (ReturnReason.OutlierUnexplained, "القيمة أعلى بكثير من العام السابق؛ يرجى توضيح السبب."),
        (ReturnReason.DefinitionMismatch, "The count includes initiatives that started before the assessment year."),
    ];

    private readonly Random _random = new(Seed);
    private readonly List<Indicator> _indicators = [.. edition.Indicators];
    private readonly Dictionary<(string Unit, string Indicator), decimal> _previous = [];

    /// <summary>Items whose demo users should have a notification waiting: (item, kind).</summary>
    public List<(Submission Item, NotificationKind Kind)> Notices { get; } = [];

    /// <summary>The evidence records of submitted items with the bytes each stands for.</summary>
    public List<(EvidenceFile Evidence, byte[] Bytes)> Files { get; } = [];

    public (Cycle Cycle, List<Submission> Items) Closed(int year)
    {
        var cycle = Cycle.Create(year, edition.Id, CycleCalendar.Default(year), new DateTimeOffset(year, 12, 1, 6, 0, 0, TimeSpan.Zero));
        cycle.Open(cycle.OpensAt.AddDays(-7));
        var items = new List<Submission>();
        foreach (var unit in units)
        {
            foreach (var indicator in _indicators)
            {
                var item = Submission.Create(cycle, unit, indicator, cycle.OpensAt);
                items.Add(item);
                if (indicator.Source == SourceType.Platform)
                {
                    continue;
                }

                var roll = _random.NextDouble();
                var entered = cycle.OpensAt.AddHours(24 + _random.Next(0, 24 * 25));
                if (roll < 0.015)
                {
                    Check(item.RequestNotApplicable(cycle, indicator, "لا ينطبق المؤشر لعدم وجود هذا النشاط في المحافظة خلال العام.", entered, Owner));
                    Check(item.DecideNotApplicable(cycle, true, "تم التحقق من عدم وجود النشاط.", entered.AddDays(4), Central));
                    continue;
                }

                if (roll < 0.035)
                {
                    continue;
                }

                var submitted = Enter(cycle, item, indicator, year, entered, lateChance: 0.12);
                var accepted = submitted.AddDays(_random.Next(1, 9));
                if (_random.NextDouble() < 0.06)
                {
                    var (reason, text) = ReturnTexts[_random.Next(ReturnTexts.Length)];
                    Check(item.Return(reason, text, accepted, Reviewer));
                    Correct(cycle, item, indicator, accepted.AddDays(2));
                    accepted = accepted.AddDays(5);
                }

                OpenEvidence(item, indicator, accepted);
                Check(item.Accept(accepted, Reviewer));
                if (_random.NextDouble() < 0.9)
                {
                    Check(item.Verify(cycle, accepted.AddDays(_random.Next(10, 40)), Central));
                }
            }
        }

        CycleClosing.Close(cycle, items, _indicators.ToDictionary(i => i.Code), cycle.ClosesAt.AddHours(-10), Central);
        foreach (var item in items.Where(i => i.State == SubmissionState.Locked))
        {
            _previous[(item.OrgUnitCode, item.IndicatorCode)] = item.Current.Value!.Value;
        }

        return (cycle, items);
    }

    /// <summary>The open cycle: OM-BS and OM-MA with a bit of every state, the others at various stages.</summary>
    public (Cycle Cycle, List<Submission> Items) Open(int year, DateTimeOffset now)
    {
        var today = MuscatTime.DateOf(now);
        var calendar = new CycleCalendar(today.AddDays(-20), today.AddDays(15), today.AddDays(30), today.AddDays(45), today.AddDays(75), today.AddDays(90));
        var cycle = Cycle.Create(year, edition.Id, calendar, now.AddDays(-30));
        cycle.Open(cycle.OpensAt.AddDays(-3));
        var items = new List<Submission>();
        var entered = _indicators.Where(i => i.Source != SourceType.Platform).ToList();
        foreach (var unit in units)
        {
            var plan = PlanFor(unit, entered.Count);
            for (var i = 0; i < _indicators.Count; i++)
            {
                var indicator = _indicators[i];
                var item = Submission.Create(cycle, unit, indicator, cycle.OpensAt);
                items.Add(item);
                var index = entered.IndexOf(indicator);
                if (index >= 0)
                {
                    // A planted outlier is submitted, so the reviewer finds it flagged.
                    var outlier = Outliers.Any(o => o.Year == year && o.Unit == unit && o.Indicator == indicator.Code);
                    Advance(cycle, item, indicator, outlier ? "submitted" : plan[index], now);
                }
            }
        }

        return (cycle, items);
    }

    /// <summary>
    /// The reviewer opens the evidence of about four in five items before accepting them, chosen by a fixed rule on the codes rather
    /// than drawn, so the random sequence (and every other seeded number) stays as it was.
    /// </summary>
    private static void OpenEvidence(Submission item, Indicator indicator, DateTimeOffset accepted)
    {
        if (indicator.EvidenceRequired && (item.OrgUnitCode.Sum(c => c) + indicator.Code.Sum(c => c) + item.Year) % 5 != 0)
        {
            item.Current.EvidenceOpened(accepted.AddMinutes(-30), Reviewer);
        }
    }

    private static void Check(IReadOnlyList<Domain.Common.RuleViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("Demo data broke a rule: " + string.Join(", ", violations.Select(v => $"{v.Field}:{v.Code}")));
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The states of one governorate's entered items in the open cycle, in a seeded order.</summary>
    private List<string> PlanFor(string unit, int count)
    {
        List<string> states = unit is "OM-BS" or "OM-MA"
            ? [.. Repeat("verified", 4), .. Repeat("accepted", 6), .. Repeat("submitted", 7), .. Repeat("returned", 3), .. Repeat("saved", 6), "na_requested"]
            : [.. Repeat("verified", 6), .. Repeat("accepted", 10), .. Repeat("submitted", 6), .. Repeat("saved", 4)];
        states.AddRange(Repeat("untouched", Math.Max(0, count - states.Count)));
        return [.. states.Take(count).OrderBy(_ => _random.Next())];

        static IEnumerable<string> Repeat(string state, int times) => Enumerable.Repeat(state, times);
    }

    private void Advance(Cycle cycle, Submission item, Indicator indicator, string state, DateTimeOffset now)
    {
        var span = (now - cycle.OpensAt).TotalHours;
        var at = cycle.OpensAt.AddHours(_random.NextDouble() * span * 0.5);
        switch (state)
        {
            case "untouched":
                return;
            case "na_requested":
                Check(item.RequestNotApplicable(cycle, indicator, "أُلغي البرنامج المرتبط بهذا المؤشر في المحافظة هذا العام.", at, Owner));
                return;
            case "saved":
                Save(cycle, item, indicator, cycle.Year, at);
                return;
        }

        var submitted = Enter(cycle, item, indicator, cycle.Year, at, lateChance: 0);
        if (state == "submitted")
        {
            Notices.Add((item, NotificationKind.SubmissionSubmitted));
            return;
        }

        var reviewed = submitted.AddHours(_random.NextDouble() * (now - submitted).TotalHours * 0.8);
        if (state == "returned")
        {
            var (reason, text) = ReturnTexts[_random.Next(ReturnTexts.Length)];
            Check(item.Return(reason, text, reviewed, Reviewer));
            Notices.Add((item, NotificationKind.SubmissionReturned));
            return;
        }

        OpenEvidence(item, indicator, reviewed);
        Check(item.Accept(reviewed, Reviewer));
        if (state == "verified")
        {
            Check(item.Verify(cycle, reviewed.AddHours((now - reviewed).TotalHours * 0.5), Central));
        }
    }

    /// <summary>Saves a plausible value and submits it (late for a share of items); returns when it was submitted.</summary>
    private DateTimeOffset Enter(Cycle cycle, Submission item, Indicator indicator, int year, DateTimeOffset at, double lateChance)
    {
        Save(cycle, item, indicator, year, at);
        if (indicator.EvidenceRequired)
        {
            AttachEvidence(item, indicator, year, at);
        }

        var submitted = _random.NextDouble() < lateChance
            ? cycle.SubmissionDeadlineAt.AddHours(_random.Next(2, 24 * 12))
            : at.AddHours(_random.Next(1, 24 * 5));
        if (submitted >= cycle.SubmissionDeadlineAt && lateChance == 0)
        {
            submitted = at.AddHours(1);
        }

        Check(item.Submit(cycle, indicator, Previous(item), submitted, Owner));
        return submitted;
    }

    /// <summary>
    /// A small CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Arabic) that stands for the document an
    /// owner would attach: what it supports and the value entered. Its SHA-256 and size are those of the bytes written.
    /// </summary>
    private void AttachEvidence(Submission item, Indicator indicator, int year, DateTimeOffset at)
    {
        var value = item.Current.Values.Value?.ToString(CultureInfo.InvariantCulture) ?? "";
        var text = "المؤشر,المحافظة,السنة,القيمة,المصدر\r\n"
            + $"{indicator.Code},{item.OrgUnitCode},{year},{value},سجل بيانات تجريبي لمنصة مؤشرات الأداء\r\n";
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var evidence = EvidenceFile.Attach(
            item.Current, FileStore.NewName(), $"{indicator.Code}-{item.OrgUnitCode}-{year}.csv", FileKind.Csv.ContentType(), bytes.Length, sha256, null, Owner, at);
        Files.Add((evidence, bytes));
    }

    /// <summary>The owner's answer to a return: the value nudged, with a note.</summary>
    private void Correct(Cycle cycle, Submission item, Indicator indicator, DateTimeOffset at)
    {
        var values = item.Current.Values;
        var value = values.Value!.Value;
        var corrected = indicator.Unit == IndicatorUnit.Count ? value : Math.Round(value * 0.97m, 1);
        Check(item.SaveDraft(cycle, indicator, CheckedValues(indicator, Input(indicator, corrected) with { Comment = "صُحّحت القيمة وأُرفق الدليل وفق ملاحظة المراجع." }, Previous(item)), at, Owner));
        Check(item.Submit(cycle, indicator, Previous(item), at.AddHours(3), Owner));
    }

    private void Save(Cycle cycle, Submission item, Indicator indicator, int year, DateTimeOffset at)
    {
        var outlier = Outliers.FirstOrDefault(o => o.Year == year && o.Unit == item.OrgUnitCode && o.Indicator == indicator.Code);
        var value = outlier.Indicator is null ? Plausible(indicator, item.OrgUnitCode, year) : outlier.Value;
        var input = Input(indicator, value) with { Comment = _random.NextDouble() < 0.35 ? Comments[_random.Next(Comments.Length)] : null };
        Check(item.SaveDraft(cycle, indicator, CheckedValues(indicator, input, Previous(item)), at, Owner));
    }

    private decimal? Previous(Submission item) => _previous.TryGetValue((item.OrgUnitCode, item.IndicatorCode), out var value) ? value : null;

    /// <summary>The value as an owner would type it, with survey details for survey indicators (some as a 1–5 Likert mean).</summary>
    private ValueInput Input(Indicator indicator, decimal value)
    {
        if (indicator.Source != SourceType.Survey)
        {
            return new ValueInput { Value = Text(value) };
        }

        var population = _random.Next(250, 3000);
        var sample = Math.Min(population, _random.Next(80, 420));
        var survey = new ValueInput
        {
            SampleSize = Text(sample),
            Population = Text(population),
            ResponseRate = Text(Math.Round((decimal)(35 + (_random.NextDouble() * 50)), 1)),
            Instrument = indicator.Unit == IndicatorUnit.Score ? "استبيان مقياس ليكرت الخماسي" : "استبيان رضا المستفيدين",
        };
        return indicator.Unit == IndicatorUnit.Score && _random.NextDouble() < 0.5
            ? survey with { LikertMean = Text(Math.Round(1m + (value / 25m), 2)) }
            : survey with { Value = Text(value) };
    }

    /// <summary>Runs the value rules as any entry does; soft-rule hits get a justification, as an owner would write one.</summary>
    private static EntryValues CheckedValues(Indicator indicator, ValueInput input, decimal? previous)
    {
        var check = ValueRules.Check(indicator, input, previous);
        if (!check.IsValid)
        {
            Check(check.Errors);
        }

        return check.Warnings.Count == 0
            ? check.Values
            : check.Values with { Justification = "تغيّرت القيمة بسبب تحديث منهجية القياس وتوسّع نطاق البيانات هذا العام." };
    }

    /// <summary>Between L and T according to the governorate's strength, a little better each year, with noise; within the allowed range.</summary>
    private decimal Plausible(Indicator indicator, string unit, int year)
    {
        var level = Math.Clamp(Strength.GetValueOrDefault(unit, 0.6) + ((year - 2023) * 0.04) + ((_random.NextDouble() - 0.5) * 0.24), 0.05, 1.12);
        decimal value;
        if (indicator.Range is { } range)
        {
            var miss = (decimal)((1 - Math.Min(level, 1)) * 25);
            value = _random.NextDouble() < 0.7 ? range.TargetHigh - miss : range.TargetHigh + (miss / 3);
        }
        else
        {
            value = indicator.Lower!.Value + ((indicator.Target!.Value - indicator.Lower.Value) * (decimal)level);
        }

        value = indicator.Unit == IndicatorUnit.Count ? Math.Round(value, 0, MidpointRounding.AwayFromZero) : Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (indicator.AllowedMin is { } min)
        {
            value = Math.Max(value, min);
        }

        if (indicator.AllowedMax is { } max)
        {
            value = Math.Min(value, max);
        }

        return value;
    }
}
