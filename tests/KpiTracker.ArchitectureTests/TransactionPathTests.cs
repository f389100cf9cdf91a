using KpiTracker.Application;
using KpiTracker.Application.Common;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace KpiTracker.ArchitectureTests;

/// <summary>
/// One transaction path (issue #17): only the transaction behaviour opens a transaction, and the scorer, which commits a run
/// per governorate (commands using it are marked <see cref="IOwnUnitsOfWork"/>). Scoring hears of changes through the
/// events the domain raises, never by reading tracked changes of the entities it scores.
/// </summary>
public sealed class TransactionPathTests
{
    private static readonly System.Reflection.Assembly Application = typeof(ApplicationServices).Assembly;

    /// <summary>The types allowed to begin a transaction: the pipeline's, and the scorer's units of work.</summary>
    private static readonly string[] MayBegin = ["KpiTracker.Application.Common.TransactionBehaviour`2", "KpiTracker.Application.Features.Scoring.UnitScorer"];

    [Fact]
    public void Only_the_transaction_behaviour_and_the_scorer_begin_transactions()
    {
        var callers = TypesCalling(Application.Location, "BeginTransaction", "BeginTransactionAsync");

        Assert.Contains(MayBegin[0], callers);
        Assert.True(callers.All(MayBegin.Contains), "Beginning a transaction outside the pipeline: " + string.Join(", ", callers.Except(MayBegin)));
    }

    [Fact]
    public void No_interceptor_infers_scoring_from_tracked_changes_of_the_scored_entities()
    {
        var interceptors = Types.InAssembly(Application).That().Inherit(typeof(SaveChangesInterceptor)).Or().ImplementInterface(typeof(IDbTransactionInterceptor));

        var result = interceptors.ShouldNot().HaveDependencyOnAny(
            typeof(Submission).FullName, typeof(SubmissionFlag).FullName, typeof(CycleTargetOverride).FullName, typeof(Revision).FullName).GetResult();

        Assert.True(result.IsSuccessful, "Interceptors reading scored entities: " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.Contains("KpiTracker.Application.Features.Scoring.ScoringOutbox", interceptors.GetTypes().Select(t => t.FullName));
    }

    [Theory]
    [InlineData(typeof(Submission))]
    [InlineData(typeof(SubmissionFlag))]
    [InlineData(typeof(CycleTargetOverride))]
    [InlineData(typeof(Revision))]
    public void The_entities_scoring_reads_raise_events(Type entity) => Assert.True(entity.IsSubclassOf(typeof(EventSource)), $"{entity.Name} raises no events");

    /// <summary>The outermost types (a lambda's or an async method's compiler-made type counts as its owner) with a call to one of the methods.</summary>
    private static List<string> TypesCalling(string assemblyPath, params string[] methods)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        return [.. assembly.MainModule.GetTypes()
            .Where(t => t.Methods.Any(m => m.HasBody && m.Body.Instructions.Any(i =>
                (i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt) && i.Operand is MethodReference called && methods.Contains(called.Name))))
            .Select(Outermost)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private static string Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.FullName;
    }
}
