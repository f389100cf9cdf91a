namespace KpiTracker.Domain.Organisation;

public enum OrgUnitKind
{
    Country,
    Governorate,
    Ministry,
    Authority,
    Department,
}

/// <summary>An organisation unit in the hierarchy (country → governorate → departments); assessed units are identified by their code.</summary>
public sealed class OrgUnit : IAudited
{
    private OrgUnit()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";

    public string AuditKey => Code;
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public OrgUnitKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public int Order { get; private set; }

    public static OrgUnit Create(string code, string nameAr, string nameEn, OrgUnitKind kind, OrgUnit? parent, int order) => new()
    {
        Id = Guid.NewGuid(),
        Code = code,
        NameAr = nameAr,
        NameEn = nameEn,
        Kind = kind,
        ParentId = parent?.Id,
        Order = order,
    };
}
