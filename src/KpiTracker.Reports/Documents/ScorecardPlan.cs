using System.Globalization;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// The scorecard's improvement plan (one page after the scorecard): the loop score the run stored, the governorate's actions
/// opened in the cycle or due in it, with their realisation once a run of the due cycle measured them, and whether each
/// commitment locked for the cycle was met by the run's value (<see cref="Commitments"/>, none when none was locked).
/// </summary>
public sealed record ImprovementPlanPage(decimal? LoopScore, IReadOnlyList<PlanAction> Actions)
{
    public IReadOnlyList<PlanCommitment> Commitments { get; init; } = [];

    /// <summary>Whether the page has anything to print: an action or a commitment.</summary>
    public bool HasContent => Actions.Count > 0 || Commitments.Count > 0;
}

/// <summary>A commitment locked for the cycle: the value committed to, the run's value (null: none) and the outcome.</summary>
public sealed record PlanCommitment(string IndicatorCode, string IndicatorName, decimal Commitment, decimal? Reported, CommitmentMet Met);

/// <summary>One action; <see cref="Realisation"/> is a share (0–1), null when not measurable or, without <see cref="Measured"/>, not measured yet.</summary>
public sealed record PlanAction(
    int Number,
    string Title,
    string IndicatorCode,
    string Responsible,
    DateOnly DueDate,
    ActionStatus Status,
    decimal Baseline,
    decimal Expected,
    bool Measured,
    decimal? Realisation);

internal static class ScorecardPlan
{
    public static void Page(ColumnDescriptor column, ImprovementPlanPage plan, ReportLanguage language, ReportTheme theme)
    {
        var words = PlanWords.For(language);
        column.Item().PageBreak();
        column.Item().Text(words.Title, theme.Heading);
        column.Item().Text(plan.LoopScore is { } loop ? string.Format(CultureInfo.InvariantCulture, words.LoopFormat, ReportFormat.Number(loop)) : words.LoopNone, theme.Body);
        if (plan.Actions.Count == 0)
        {
            column.Item().Text(words.None, theme.Small);
        }
        else
        {
            Actions(column, plan.Actions, words, theme);
        }

        if (plan.Commitments.Count > 0)
        {
            Commitments(column, plan.Commitments, words, theme);
        }
    }

    private static void Actions(ColumnDescriptor column, IReadOnlyList<PlanAction> actions, PlanWords words, ReportTheme theme)
    {
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(24);
                c.RelativeColumn();
                c.ConstantColumn(44);
                c.ConstantColumn(62);
                c.ConstantColumn(58);
                c.ConstantColumn(44);
                c.ConstantColumn(44);
                c.ConstantColumn(62);
            });
            table.Header(h =>
            {
                foreach (var heading in words.Headings)
                {
                    h.Cell().Header(heading, theme);
                }
            });
            foreach (var a in actions)
            {
                table.Row(r =>
                {
                    r.Cell().Body(ReportFormat.Integer(a.Number), theme);
                    r.Cell().Body($"{a.Title} · {a.Responsible}", theme);
                    r.Cell().Body(a.IndicatorCode, theme);
                    r.Cell().Body(NumberText.DigitsOf(a.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), theme);
                    r.Cell().Body(words.Status(a.Status), theme);
                    r.Cell().Figure(NumberText.Exact(a.Baseline), theme);
                    r.Cell().Figure(NumberText.Exact(a.Expected), theme);
                    r.Cell().Body(!a.Measured ? words.NotYet : a.Realisation is { } share ? ReportFormat.Percent(share * 100) : words.NotMeasurable, theme);
                });
            }
        });
        column.Item().Text(words.Note, theme.Small);
    }

    /// <summary>The commitments locked for the cycle and whether the run's value met each (direction-aware, DOMAIN section 8).</summary>
    private static void Commitments(ColumnDescriptor column, IReadOnlyList<PlanCommitment> commitments, PlanWords words, ReportTheme theme)
    {
        var met = commitments.Count(c => c.Met == CommitmentMet.Yes);
        var measurable = commitments.Count(c => c.Met != CommitmentMet.NotMeasurable);
        column.Item().PaddingTop(6).Text(words.CommitmentsTitle, theme.Heading);
        column.Item().Text(string.Format(CultureInfo.InvariantCulture, words.CommitmentsMetFormat, ReportFormat.Integer(met), ReportFormat.Integer(measurable)), theme.Body);
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(44);
                c.RelativeColumn();
                c.ConstantColumn(62);
                c.ConstantColumn(62);
                c.ConstantColumn(70);
            });
            table.Header(h =>
            {
                foreach (var heading in words.CommitmentHeadings)
                {
                    h.Cell().Header(heading, theme);
                }
            });
            foreach (var c in commitments)
            {
                table.Row(r =>
                {
                    r.Cell().Body(c.IndicatorCode, theme);
                    r.Cell().Body(c.IndicatorName, theme);
                    r.Cell().Figure(NumberText.Exact(c.Commitment), theme);
                    r.Cell().Figure(c.Reported is { } value ? NumberText.Exact(value) : ReportFormat.Dash, theme);
                    r.Cell().Body(words.Met(c.Met), theme, strong: c.Met == CommitmentMet.No);
                });
            }
        });
        column.Item().Text(words.CommitmentsNote, theme.Small);
    }

    /// <summary>The plan page's own words (docs/GLOSSARY.md, "Improvement actions").</summary>
    private sealed record PlanWords(
        string Title, string LoopFormat, string LoopNone, string None, string[] Headings, string NotYet, string NotMeasurable, string Note, string[] Statuses,
        string CommitmentsTitle, string CommitmentsMetFormat, string[] CommitmentHeadings, string[] Outcomes, string CommitmentsNote)
    {
        private static readonly PlanWords Arabic = new(
            "خطة التحسين",
            "درجة حلقة التحسين: {0} من 100",
            "درجة حلقة التحسين: لا يوجد إجراء مستحق في هذه الدورة أمكن قياس أثره.",
            "لا توجد إجراءات تحسين في هذه الدورة.",
            ["الرقم", "الإجراء · المسؤول", "المؤشر", "تاريخ الاستحقاق", "الحالة", "القيمة الأساسية", "القيمة المتوقعة", "نسبة الإنجاز"],
            "لم يُقَس بعد",
            "غير قابل للقياس",
            "نسبة الإنجاز = الأثر ÷ (القيمة المتوقعة − القيمة الأساسية)، محصورة بين 0 و100٪، تُقاس في الدورة التي يستحق فيها الإجراء.",
            ["مخطط", "قيد التنفيذ", "منجز", "ملغى"],
            "الالتزامات",
            "الالتزامات المحققة: {0} من {1} قابلة للقياس.",
            ["الرمز", "المؤشر", "الالتزام", "القيمة", "تحقق الالتزام"],
            ["نعم", "لا", "غير قابل للقياس"],
            "الالتزامات التي اقترحتها المحافظة واعتمدها الفريق المركزي لهذه الدورة، وأُقفلت عند فتحها؛ يتحقق الالتزام حين تبلغه القيمة أو تتجاوزه في اتجاه التحسن.");

        private static readonly PlanWords English = new(
            "Improvement plan",
            "Loop score: {0} of 100",
            "Loop score: no action due in this cycle could be measured.",
            "No improvement actions in this cycle.",
            ["No.", "Action · responsible", "Indicator", "Due date", "Status", "Baseline", "Expected value", "Realisation"],
            "Not measured yet",
            "Not measurable",
            "Realisation = effect ÷ (expected value − baseline), kept between 0 and 100 %, measured in the cycle the action is due.",
            ["Planned", "In progress", "Done", "Dropped"],
            "Commitments",
            "Commitments met: {0} of {1} measurable.",
            ["Code", "Indicator", "Commitment", "Value", "Commitment met"],
            ["Yes", "No", "Not measurable"],
            "The commitments the governorate proposed and the central team approved for this cycle, locked when it opened; a commitment is met when the value reaches it or goes beyond it in the better direction.");

        public static PlanWords For(ReportLanguage language) => language == ReportLanguage.Arabic ? Arabic : English;

        public string Status(ActionStatus status) => Statuses[(int)status];

        public string Met(CommitmentMet met) => Outcomes[(int)met];
    }
}
