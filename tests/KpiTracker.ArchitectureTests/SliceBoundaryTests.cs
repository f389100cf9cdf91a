using System.Reflection;
using System.Text.RegularExpressions;
using KpiTracker.Application;
using Mediator;
using NetArchTest.Rules;

namespace KpiTracker.ArchitectureTests;

/// <summary>
/// One use case, one folder: a slice is a namespace <c>Features.&lt;Area&gt;.&lt;UseCase&gt;</c> holding a command or query. Its
/// endpoint lives beside it, it uses no other slice's types (what two slices share sits at the area root, in Common or in the
/// Domain), and its integration tests sit at the mirrored path.
/// </summary>
public sealed partial class SliceBoundaryTests
{
    private static readonly Assembly Application = typeof(ApplicationServices).Assembly;

    /// <summary>
    /// Integration test files under Features/ that test what several slices of their area share (the area's workflow, its
    /// scoring persistence, its file cache) rather than one slice, reviewed. Every other test file is named after its slice:
    /// <c>&lt;UseCase&gt;Tests.cs</c>, or <c>&lt;UseCase&gt;&lt;Aspect&gt;Tests.cs</c> for a second class of the same slice.
    /// </summary>
    private static readonly string[] SharedTestFiles =
    [
        "Accounts/SessionEndTests.cs", // sessions end on deactivation, a password change and new assignments alike
        "Reports/ReportFilesCleanupTests.cs", // the PDF and batch file cache both report slices write to
        "Reports/ReportPdfTests.cs", // the scorecard and comparison PDFs side by side: ETags, scope, bad language
        "Scoring/InputHashTests.cs", // scoring persistence (UnitScorer), shared by every slice that stores runs
        "Scoring/RestatementTests.cs",
        "Scoring/ScoreConcurrencyTests.cs",
        "Scoring/ScoreHistoryTests.cs",
        "Scoring/ScoreJobTests.cs",
        "Scoring/ScoreRunCopyTests.cs",
        "Scoring/ScoreRunRowsCheckTests.cs",
        "Scoring/ScoreRunRowsTests.cs",
        "Scoring/ScoreRunTests.cs",
        "Scoring/ScoringOutboxTests.cs", // the outbox every decision's scoring event goes through (ADR 3)
        "Scoring/ScorecardAccessTests.cs", // the scorecard, comparison, trend and what-if reads answer to one scope rule
        "Submissions/BadInputTests.cs", // the item actions' field-level answers (SubmissionWorkflow)
        "Submissions/ConcurrencyTests.cs", // the item actions' versions and 409s (SubmissionWorkflow)
        "Submissions/WorkflowTests.cs", // an item's whole life across the actions, roles and calendar (SubmissionWorkflow)
    ];

    /// <summary>
    /// Slices that may use another slice's types, each reviewed with its reason. None today: seeding, which once sent the import
    /// and scan commands, calls what those slices share at their area roots (<c>Frameworks/FrameworkFile</c>, <c>Flags/OutlierScanner</c>),
    /// and the commitments template reads and proposes through <c>Commitments/CommitmentSheets</c> and <c>CommitmentProposals</c>.
    /// </summary>
    private static readonly (string User, string Used)[] ReviewedCompositions = [];

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KpiTracker.sln not found above " + AppContext.BaseDirectory);
    });

    private static string FeaturesSource => Path.Combine(Root.Value, "src", "KpiTracker.Application", "Features");

    /// <summary>Every mediator message's namespace that is one level under an area: the slices.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Slices = new(() => Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && IsMessage(t) && SliceNamespace().IsMatch(t.Namespace ?? ""))
        .GroupBy(t => t.Namespace!)
        .ToDictionary(g => g.Key, g => g.Select(t => t.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    [Fact]
    public void Area_endpoint_files_only_group_routes()
    {
        var areaFiles = Directory.GetFiles(FeaturesSource, "*Endpoints.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(areaFiles);
        var offenders = areaFiles.Where(f => MapCall().IsMatch(File.ReadAllText(f))).Select(Relative).ToList();
        Assert.True(offenders.Count == 0, "These area files map routes themselves; move each route into its slice's <UseCase>Endpoint.cs:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_route_is_mapped_in_the_slice_of_the_message_it_sends()
    {
        var problems = new List<string>();
        var endpointFiles = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(Root.Value, "src", "KpiTracker.Application"), "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var source = File.ReadAllText(file);
            if (!MapCall().IsMatch(source))
            {
                continue;
            }

            endpointFiles++;
            var ns = NamespaceDeclaration().Match(source).Groups[1].Value;
            if (!Slices.Value.TryGetValue(ns, out var messages))
            {
                problems.Add($"{Relative(file)} maps a route outside a slice (namespace {ns})");
                continue;
            }

            var sent = MessageMention().Matches(source).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
            if (sent.Count == 0)
            {
                problems.Add($"{Relative(file)} maps a route that sends no command or query");
            }

            problems.AddRange(sent.Where(m => !messages.Contains(m)).Select(m => $"{Relative(file)} sends {m}, which is not a message of {ns}"));
        }

        Assert.True(endpointFiles > 10, "too few endpoint files found: " + endpointFiles);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_slice_depends_on_another_slices_types()
    {
        var slices = Slices.Value.Keys.ToList();
        Assert.True(slices.Count > 30, "too few slices found: " + slices.Count);

        var offenders = new List<string>();
        foreach (var slice in slices)
        {
            var others = slices.Where(s => s != slice && !ReviewedCompositions.Contains((slice, s))).ToArray();
            offenders.AddRange(Types.InAssembly(Application)
                .That().ResideInNamespaceMatching("^" + Regex.Escape(slice) + "$")
                .And().HaveDependencyOnAny(others)
                .GetTypes()
                .Select(t => $"{t.FullName} uses a type of another slice"));
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>
    /// The same rule read from the source, which also sees what the compiler turns into nested types (lambdas, async state
    /// machines): a type of a sibling namespace can only be named through a using directive or a qualified name.
    /// </summary>
    [Fact]
    public void No_slice_file_names_another_slices_namespace()
    {
        var slices = Slices.Value.Keys.ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(FeaturesSource, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var source = File.ReadAllText(file);
            var ns = NamespaceDeclaration().Match(source).Groups[1].Value;
            if (!slices.Contains(ns))
            {
                continue;
            }

            problems.AddRange(FeatureReference().Matches(source)
                .Select(m => m.Groups[1].Value)
                .Where(named => named != ns && slices.Contains(named) && !ReviewedCompositions.Contains((ns, named)))
                .Distinct(StringComparer.Ordinal)
                .Select(named => $"{Relative(file)} ({ns}) names {named}"));
        }

        Assert.True(problems.Count == 0, "Slices use each other; move what they share to the area root, Common/ or the Domain:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Integration_tests_mirror_the_slices()
    {
        var tests = Path.Combine(Root.Value, "tests", "KpiTracker.IntegrationTests", "Features");
        var files = Directory.GetFiles(tests, "*Tests.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)).ToList();

        Assert.NotEmpty(files);
        var strays = new List<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(tests, file).Replace('\\', '/');
            var parts = relative.Split('/');
            var name = parts[^1][..^"Tests.cs".Length];
            var names = parts.Length == 2 && Directory.Exists(Path.Combine(FeaturesSource, parts[0]))
                && Directory.GetDirectories(Path.Combine(FeaturesSource, parts[0])).Select(Path.GetFileName).Any(s => s == name || IsSliceWithAspect(name, s!));
            if (!SharedTestFiles.Contains(relative) && !names)
            {
                strays.Add(relative);
            }
        }

        Assert.True(strays.Count == 0, "Test files that name no slice (Features/<Area>/<UseCase>Tests.cs):\n" + string.Join("\n", strays));
    }

    /// <summary><c>ScanOutliersJob</c> names the slice <c>ScanOutliers</c>: the slice's name, then a capitalised aspect.</summary>
    private static bool IsSliceWithAspect(string name, string slice) =>
        name.Length > slice.Length && name.StartsWith(slice, StringComparison.Ordinal) && char.IsUpper(name[slice.Length]);

    private static bool IsMessage(Type type) => type.GetInterfaces().Any(i =>
        i == typeof(IBaseCommand) || i == typeof(IBaseQuery) || i == typeof(IBaseRequest));

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(Root.Value, path).Replace('\\', '/');

    [GeneratedRegex(@"^KpiTracker\.Application\.Features\.\w+\.\w+$")]
    private static partial Regex SliceNamespace();

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods)\s*\(")]
    private static partial Regex MapCall();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    /// <summary>A message named where it is built or read: <c>new XCommand(</c>, <c>new XQuery(</c>, <c>ReadAsync&lt;XCommand&gt;</c>.</summary>
    [GeneratedRegex(@"(?:new\s+|[(<,]\s*)(\w+(?:Command|Query))\b(?=\s*[(\w>])")]
    private static partial Regex MessageMention();

    /// <summary>A slice-depth namespace under Features named in a using directive or a qualified name.</summary>
    [GeneratedRegex(@"(KpiTracker\.Application\.Features\.\w+\.\w+)(?=[.;\s])")]
    private static partial Regex FeatureReference();
}
