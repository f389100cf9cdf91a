using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using KpiTracker.Application.Features.Frameworks.FrameworkFile;
using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Setup.SeedDefaults;

/// <summary>Ensures the country, its 11 governorates and the default framework edition exist; safe to run any number of times.</summary>
public sealed record SeedDefaultsCommand : ICommand<SeedDefaultsResult>, ISystemMessage;

public sealed record SeedDefaultsResult(int OrgUnitsAdded, bool EditionImported);

internal sealed class SeedDefaultsHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SeedDefaultsCommand, SeedDefaultsResult>
{
    public async ValueTask<SeedDefaultsResult> Handle(SeedDefaultsCommand command, CancellationToken cancellationToken)
    {
        var existing = await db.OrgUnits.ToDictionaryAsync(u => u.Code, cancellationToken);
        var added = 0;
        if (!existing.TryGetValue(Governorates.CountryCode, out var country))
        {
            country = OrgUnit.Create(Governorates.CountryCode, Governorates.CountryNameAr, Governorates.CountryNameEn, OrgUnitKind.Country, null, 0);
            db.OrgUnits.Add(country);
            added++;
        }

        var order = 1;
        foreach (var (code, nameAr, nameEn) in Governorates.All)
        {
            if (!existing.ContainsKey(code))
            {
                db.OrgUnits.Add(OrgUnit.Create(code, nameAr, nameEn, OrgUnitKind.Governorate, country, order));
                added++;
            }

            order++;
        }

        await db.SaveChangesAsync(cancellationToken);

        var imported = false;
        if (!await db.FrameworkEditions.AnyAsync(e => e.Code == DefaultEditionFile.Code, cancellationToken))
        {
            var result = await FrameworkImport.StageAsync(db, DefaultEditionFile.Read(), asDraft: false, clock.GetUtcNow(), cancellationToken);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("The shipped default edition was refused: " + string.Join("; ", result.Error!.Fields.Select(f => $"{f.Field}: {f.Code}")));
            }

            await db.SaveChangesAsync(cancellationToken);
            imported = true;
        }

        return new SeedDefaultsResult(added, imported);
    }
}
