using System.Globalization;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// The scorecard's improvement plan (one page after the scorecard): the loop score the run stored and the governorate's actions
/// opened in the cycle or due in it, with their realisation once a run of the due cycle measured them.
/// </summary>
public sealed record ImprovementPlanPage(decimal? LoopScore, IReadOnlyList<PlanAction> Actions);

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
            return;
        }

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
            foreach (var a in plan.Actions)
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

    /// <summary>The plan page's own words (docs/GLOSSARY.md, "Improvement actions").</summary>
    private sealed record PlanWords(
        string Title, string LoopFormat, string LoopNone, string None, string[] Headings, string NotYet, string NotMeasurable, string Note, string[] Statuses)
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
            ["مخطط", "قيد التنفيذ", "منجز", "ملغى"]);

        private static readonly PlanWords English = new(
            "Improvement plan",
            "Loop score: {0} of 100",
            "Loop score: no action due in this cycle could be measured.",
            "No improvement actions in this cycle.",
            ["No.", "Action · responsible", "Indicator", "Due date", "Status", "Baseline", "Expected value", "Realisation"],
            "Not measured yet",
            "Not measurable",
            "Realisation = effect ÷ (expected value − baseline), kept between 0 and 100 %, measured in the cycle the action is due.",
            ["Planned", "In progress", "Done", "Dropped"]);

        public static PlanWords For(ReportLanguage language) => language == ReportLanguage.Arabic ? Arabic : English;

        public string Status(ActionStatus status) => Statuses[(int)status];
    }
}
