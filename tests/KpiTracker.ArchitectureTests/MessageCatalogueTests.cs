using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using KpiTracker.Application;

namespace KpiTracker.ArchitectureTests;

/// <summary>Arabic first, English second: every text exists in both, and every code the product raises has its message.</summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");

    /// <summary>Arabic texts written in Latin letters on purpose: the language switch names the language it leads to.</summary>
    private static readonly HashSet<string> LatinInArabic = ["KpiTracker.Web.Resources.Ui:SwitchLanguage"];

    public static TheoryData<string> Resources()
    {
        var data = new TheoryData<string>();
        foreach (var (assembly, name) in ResourceNames())
        {
            data.Add($"{assembly.GetName().Name}|{name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Every_text_has_an_Arabic_and_an_English_version_and_the_Arabic_one_is_Arabic(string resource)
    {
        var (assembly, name) = ResourceNames().Single(r => $"{r.Assembly.GetName().Name}|{r.Name}" == resource);
        var manager = new ResourceManager(name, assembly);
        var english = Texts(manager, CultureInfo.InvariantCulture);
        var arabic = Texts(manager, Arabic);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), arabic.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(arabic), t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{name}:{t.Key} is blank"));
        // Symbols and bare placeholders ("%", "{0} — {1}") are the same in both languages; words are not.
        var latin = arabic.Where(t => !ArabicLetter().IsMatch(t.Value) && LatinLetter().IsMatch(t.Value) && !LatinInArabic.Contains($"{name}:{t.Key}"))
            .Select(t => t.Key).ToList();
        Assert.True(latin.Count == 0, $"{name}: Arabic texts without Arabic letters: {string.Join(", ", latin)}");
    }

    /// <summary>
    /// The codes the application and the domain raise as literals (rule violations, field errors, conflicts, not-found answers,
    /// messages) each have a message: without one the caller would read the bare code. Codes built from a prefix and a value
    /// (<c>"state." + …</c>) are read from resources whose keys the texts above cover.
    /// </summary>
    [Fact]
    public void Every_code_the_application_and_the_domain_raise_has_a_message()
    {
        var known = CatalogueKeys();
        var raised = SourceFiles("src/KpiTracker.Application", "src/KpiTracker.Domain")
            .SelectMany(file => RaisedCode().Matches(file.Text).Select(m => (Code: m.Groups["code"].Value, file.Path)))
            .Where(c => !c.Code.EndsWith('.'))
            .ToList();

        Assert.True(raised.Count > 100, $"only {raised.Count} codes found: the pattern no longer matches how codes are raised");
        var missing = raised.Where(c => !known.Contains(c.Code)).Select(c => $"{c.Code} ({c.Path})").Distinct().ToList();
        Assert.True(missing.Count == 0, $"codes without a message: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// The other way round: every entry of the catalogue is used, as a literal code or UI key somewhere in src, or as a member of
    /// a family whose code is built from a prefix and a value (<c>"state." + …</c>, <c>$"calendar.step.{…}"</c>). An entry
    /// nothing raises is a code that was renamed or removed; it goes from both resx files.
    /// </summary>
    [Fact]
    public void Every_message_in_the_catalogue_is_used_somewhere()
    {
        var sources = SourceFiles("src").Select(f => f.Text).ToList();
        var literals = sources.SelectMany(text => QuotedCode().Matches(text).Select(m => m.Groups["code"].Value)).ToHashSet(StringComparer.Ordinal);
        var families = sources.SelectMany(text => CodePrefix().Matches(text).Select(m => m.Groups["prefix"].Value)).Distinct().ToList();

        Assert.True(literals.Count > 100 && families.Count > 3, $"{literals.Count} codes and {families.Count} prefixes found: the patterns no longer match the sources");
        var unused = CatalogueKeys().Where(key => !literals.Contains(key) && !families.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, $"messages nothing raises or shows: {string.Join(", ", unused)}");
    }

    private static HashSet<string> CatalogueKeys()
    {
        var manager = new ResourceManager("KpiTracker.Application.Resources.Messages", typeof(ApplicationServices).Assembly);
        return Texts(manager, CultureInfo.InvariantCulture).Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The C# and Razor sources under the given folders of the repository, without build output.</summary>
    private static IEnumerable<(string Path, string Text)> SourceFiles(params string[] folders)
    {
        var root = RepositoryRoot();
        var bin = $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}";
        var obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        return folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Where(file => (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
                           && !file.Contains(obj, StringComparison.Ordinal) && !file.Contains(bin, StringComparison.Ordinal))
            .Select(file => (Path.GetRelativePath(root, file), File.ReadAllText(file)));
    }

    private static Dictionary<string, string> Texts(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{manager.BaseName} has no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    private static IEnumerable<(Assembly Assembly, string Name)> ResourceNames() =>
        new[] { typeof(ApplicationServices).Assembly, typeof(Web.Hosting.KpiOptions).Assembly }
            .SelectMany(a => a.GetManifestResourceNames()
                .Where(n => n.Contains(".Resources.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
                .Select(n => (a, n[..^".resources".Length])));

    private static string RepositoryRoot()
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

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex("\"(?<code>[a-z][a-z0-9_.]*[a-z0-9_])\"")]
    private static partial Regex QuotedCode();

    /// <summary>A code built from a literal prefix: <c>"state." + x</c> or <c>$"state.{x}"</c>.</summary>
    [GeneratedRegex("""(?:"(?<prefix>[a-z][a-z0-9_.]*\.)"\s*\+|\$"(?<prefix>[a-z][a-z0-9_.]*\.)\{)""")]
    private static partial Regex CodePrefix();

    [GeneratedRegex("""(?:new RuleViolation\([^,()]*,\s*|AppError\.(?:Conflict|NotFound)\(|Messages\.(?:Get|In)\((?:[^,()"]+,\s*)?|new FieldError\([^,]+,\s*|new AppError\(ErrorKind\.\w+,\s*)"(?<code>[a-z][a-z0-9_.]*)""")]
    private static partial Regex RaisedCode();
}
