namespace KpiTracker.Application.Features.Cycles;

internal static class CalendarErrors
{
    /// <summary>Each date out of order or outside the year after the assessment year, named as <c>calendar.&lt;step&gt;</c>.</summary>
    public static IEnumerable<FieldError> Of(CycleCalendar calendar, int assessmentYear) =>
        calendar.Check(assessmentYear).Select(v => new FieldError(
            $"calendar.{v.Field}",
            v.Code,
            v.Code == "cycle.calendar.order" ? Messages.Get(v.Code, Messages.Get($"calendar.step.{v.Args[0]}")) : Messages.Get(v.Code, v.Args)));
}
