using System.Net.Http.Json;
using KpiTracker.Application.Features.OrgUnits.ListOrgUnits;
using KpiTracker.Domain.Organisation;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.OrgUnits;

public sealed class ListOrgUnitsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly (string, string, string)[] Governorates =
    [
        ("OM-MA", "مسقط", "Muscat"),
        ("OM-ZU", "ظفار", "Dhofar"),
        ("OM-MU", "مسندم", "Musandam"),
        ("OM-BU", "البريمي", "Al Buraimi"),
        ("OM-DA", "الداخلية", "Ad Dakhiliyah"),
        ("OM-BS", "شمال الباطنة", "North Al Batinah"),
        ("OM-BJ", "جنوب الباطنة", "South Al Batinah"),
        ("OM-SS", "شمال الشرقية", "North Ash Sharqiyah"),
        ("OM-SJ", "جنوب الشرقية", "South Ash Sharqiyah"),
        ("OM-ZA", "الظاهرة", "Ad Dhahirah"),
        ("OM-WU", "الوسطى", "Al Wusta"),
    ];

    [Fact]
    public async Task The_country_holds_the_eleven_governorates()
    {
        var roots = await Client.GetFromJsonAsync<List<OrgUnitDto>>("/api/org-units");

        var country = Assert.Single(roots!);
        Assert.Equal(("OM", OrgUnitKind.Country, null), (country.Code, country.Kind, country.Parent));
        Assert.Equal(Governorates, country.Children.Select(c => (c.Code, c.NameAr, c.NameEn)).ToArray());
        Assert.All(country.Children, c => Assert.Equal((OrgUnitKind.Governorate, "OM"), (c.Kind, c.Parent)));
        // The kind goes on the wire as the same lower snake case text it was as a string.
        var json = await Client.GetStringAsync(new Uri("/api/org-units", UriKind.Relative));
        Assert.Contains("\"kind\":\"country\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"governorate\",\"parent\":\"OM\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        var again = await Fixture.SendAsync(new Application.Features.Setup.SeedDefaults.SeedDefaultsCommand());

        Assert.Equal((0, false), (again.OrgUnitsAdded, again.EditionImported));
        var roots = await Client.GetFromJsonAsync<List<OrgUnitDto>>("/api/org-units");
        Assert.Equal(11, Assert.Single(roots!).Children.Count);
    }
}
