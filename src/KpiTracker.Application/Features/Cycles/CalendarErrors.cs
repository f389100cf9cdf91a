using KpiTracker.Application.Common;
using KpiTracker.Domain.Collection;

namespace KpiTracker.Application.Features.Cycles;

internal static class CalendarErrors
{
    /// <summary>Each date out of order, named as <c>calendar.&lt;step&gt;</c>.</summary>
    public static IEnumerable<FieldError> Of(CycleCalendar calendar) =>
        calendar.Check().Select(v => new FieldError($"calendar.{v.Field}", v.Code, Messages.Get(v.Code, Messages.Get($"calendar.step.{v.Args[0]}"))));
}
