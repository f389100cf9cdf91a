using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using KpiTracker.Application;
using KpiTracker.Domain.Common;

namespace KpiTracker.ArchitectureTests;

/// <summary>The audit log names every entity it records in words, in both languages, never by its bare code.</summary>
public sealed partial class AuditEntityNamesTests
{
    [Fact]
    public void Every_audited_entity_has_a_name_in_Arabic_and_English()
    {
        // Entities audited by the interceptor: every IAudited type, named in snake case (the account type is "user"), and
        // those written by name: the audit writer's literal entities and the access refusals ("access", "endpoint").
        var audited = new[] { typeof(ApplicationServices).Assembly, typeof(IAudited).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAudited).IsAssignableFrom(t))
            .Select(t => t.Name == "AppUser" ? "user" : Snake().Replace(t.Name, "_$1").ToLowerInvariant())
            .Concat(Directory.EnumerateFiles(Path.Combine(Root(), "src", "KpiTracker.Application"), "*.cs", SearchOption.AllDirectories)
                .SelectMany(f => Written().Matches(File.ReadAllText(f)).Select(m => m.Groups["entity"].Value)))
            .Concat(["access", "endpoint"])
            .ToHashSet(StringComparer.Ordinal);
        var labels = new ResourceManager("KpiTracker.Web.Resources.Admin", typeof(Web.Hosting.KpiOptions).Assembly);

        var missing = audited.Where(e => new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ar") }
            .Any(c => labels.GetString("AuditEntity." + e, c) is null)).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("evidence", audited);
        Assert.True(missing.Count == 0, $"Audited entities without AuditEntity.<name> in Admin.resx / Admin.ar.resx: {string.Join(", ", missing)}");
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KpiTracker.sln not found above the test assembly.");
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Snake();

    [GeneratedRegex(""""WriteAsync\("[a-z_.]+", "(?<entity>[a-z_]+)"""")]
    private static partial Regex Written();
}
