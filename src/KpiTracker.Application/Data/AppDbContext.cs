using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<FrameworkEdition> FrameworkEditions => Set<FrameworkEdition>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
