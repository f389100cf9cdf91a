using System.Reflection;
using KpiTracker.Application;
using KpiTracker.Domain.Frameworks;
using NetArchTest.Rules;

namespace KpiTracker.ArchitectureTests;

/// <summary>Domain ← Application ← Web: a lower layer never knows a higher one, and the Domain knows no framework.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(FrameworkEdition).Assembly;
    private static readonly Assembly Application = typeof(ApplicationServices).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Npgsql")]
    [InlineData("Mediator")]
    [InlineData("FluentValidation")]
    [InlineData("Hangfire")]
    [InlineData("KpiTracker.Application")]
    [InlineData("KpiTracker.Web")]
    [InlineData("KpiTracker.Reports")]
    public void The_domain_depends_on_none_of(string dependency)
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOn(dependency).GetResult();

        Assert.True(result.IsSuccessful, $"Domain types depending on {dependency}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_domain_assembly_references_only_the_base_library()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", $"Domain references {name}"));
    }

    [Theory]
    [InlineData("KpiTracker.Web")]
    [InlineData("KpiTracker.Migrations")]
    public void The_application_does_not_depend_on(string dependency)
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn(dependency).GetResult();

        Assert.True(result.IsSuccessful, $"Application types depending on {dependency}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name == dependency);
    }

    [Fact]
    public void The_web_host_stands_on_the_application()
    {
        Assert.Contains(Web.GetReferencedAssemblies(), a => a.Name == Application.GetName().Name);
    }
}
