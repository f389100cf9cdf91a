using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Common.Files;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

/// <summary>Builds the demo cycles in memory through the domain's own workflow methods, from a fixed seed.</summary>
internal sealed partial class DemoPlan(FrameworkEdition edition, IReadOnlyList<string> units)
{
    private const int Seed = 20_250_101;
    private const string Owner = "owner";
    private const string Reviewer = "reviewer";
    private const string Central = "central";

    /// <summary>Values far from the rest, so the scan has something to show: (year, governorate, indicator, value).</summary>
    private static readonly (int Year, string Unit, string Indicator, decimal Value)[] Outliers =
    [
        (2024, "OM-MU", "INN-01", 14m), (2024, "OM-WU", "HCC-03", 3m), (2025, "OM-BS", "LSP-02", 12m), (2025, "OM-MA", "CUS-05", 60m),
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
                Check(item.Accept(accepted, Reviewer, Recommendation(item, indicator)));
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
        Check(item.Accept(reviewed, Reviewer, Recommendation(item, indicator)));
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

        Check(item.Submit(cycle, indicator, Previous(item), Yardstick(indicator), submitted, Owner));
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
}
