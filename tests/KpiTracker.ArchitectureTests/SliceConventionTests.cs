using KpiTracker.Application;
using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using Mediator;
using NetArchTest.Rules;

namespace KpiTracker.ArchitectureTests;

/// <summary>House rules for slices: names say intent, handlers stay internal, and the application has no Manager/Helper/Util types.</summary>
public sealed class SliceConventionTests
{
    private static readonly System.Reflection.Assembly Application = typeof(ApplicationServices).Assembly;

    [Fact]
    public void Commands_end_with_Command_and_queries_with_Query()
    {
        var types = Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        var commands = types.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))).ToList();
        var queries = types.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>))).ToList();

        Assert.NotEmpty(commands);
        Assert.NotEmpty(queries);
        Assert.All(commands, t => Assert.EndsWith("Command", t.Name, StringComparison.Ordinal));
        Assert.All(queries, t => Assert.EndsWith("Query", t.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))))
            .Where(t => t.Namespace?.StartsWith("KpiTracker.Application", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, t =>
        {
            Assert.True(t.IsNotPublic || t.IsNestedAssembly, $"{t.Name} should be internal");
            Assert.True(t.IsSealed, $"{t.Name} should be sealed");
            Assert.EndsWith("Handler", t.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_command_and_query_declares_who_may_send_it_and_user_facing_ones_answer_with_a_Result()
    {
        var messages = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>))))
            .ToList();
        var declarations = new[] { typeof(IRequireAccess), typeof(ISystemMessage), typeof(IAnonymousMessage), typeof(ISelfMessage) };

        Assert.All(messages, t => Assert.True(declarations.Count(d => d.IsAssignableFrom(t)) == 1, $"{t.Name} must implement exactly one of IRequireAccess, ISystemMessage, IAnonymousMessage, ISelfMessage"));
        Assert.All(messages.Where(t => !typeof(ISystemMessage).IsAssignableFrom(t)), t =>
        {
            var response = t.GetInterfaces().First(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>))).GetGenericArguments()[0];
            Assert.True(response.IsGenericType && response.GetGenericTypeDefinition() == typeof(Result<>), $"{t.Name} answers {response.Name}, not Result<T>: a refusal could not be expressed");
        });
    }

    [Fact]
    public void No_type_is_named_Manager_Helper_or_Util()
    {
        var offenders = Types.InAssemblies([Application, typeof(Domain.Frameworks.FrameworkEdition).Assembly])
            .That().HaveNameEndingWith("Manager").Or().HaveNameEndingWith("Helper").Or().HaveNameEndingWith("Util")
            .GetTypes()
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }
}
