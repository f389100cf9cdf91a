using Riok.Mapperly.Abstractions;
using Engine = KpiTracker.Domain.Scoring;
using Pdf = KpiTracker.Reports.Documents;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// The scoring enums onto the document's own enums, member by name: the two declare their members in different orders
/// (the document lists lights from grey up), so a cast would paint a green indicator grey.
/// </summary>
[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName, EnumMappingIgnoreCase = false)]
internal static partial class ReportEnumMapper
{
    public static partial Pdf.ScoreKind ToReport(Engine.ScoreKind kind);

    public static partial Pdf.TrafficLight ToReport(Engine.TrafficLight light);

    public static partial Pdf.IndicatorStatus ToReport(Engine.IndicatorStatus status);
}
