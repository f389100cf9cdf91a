using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// <see cref="UnitInputs.Hash"/> is the SHA-256 of <see cref="UnitInputs.Canonical"/>'s UTF-8 text. Stored runs carry hashes made
/// by earlier code (until 2026-12 a second, streamed path), so the hashes must stay byte for byte what they were for any input:
/// a digest of 10,000 random inputs' hashes and one known input's text and hash, both taken from that code. In memory, no database.
/// </summary>
public sealed class InputHashTests
{
    // Codes that sort differently as codes and as lines ("A-1" < "A-10" but "A-10|…" < "A-1|…"), a prefix of another, and non-ASCII.
    private static readonly string[] Codes = ["A-1", "A-10", "A-1x", "A-2", "B", "B-1", "Z-99", "مؤشر-1", "a-1", "A_1"];

    /// <summary>The SHA-256 of the 10,000 hashes below, one per line, as the streamed hash of commit 4a64a38 made them.</summary>
    private const string TenThousandHashesDigest = "4a8f03f0f502dc76d546bdafd79bc99285efe2fc1fa8604efc73a9e75218b47b";

    [Fact]
    public void Ten_thousand_random_inputs_keep_their_hashes_and_their_canonical_text_is_sorted_ordinally()
    {
        var random = new Random(20261129);
        var hashes = new StringBuilder();
        for (var n = 0; n < 10_000; n++)
        {
            var inputs = RandomInputs(random);
            var canonical = inputs.Canonical();
            var lines = canonical.Split('\n');
            Assert.Equal("", lines[^1]);
            Assert.Equal(lines[..^1].Order(StringComparer.Ordinal), lines[..^1]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), inputs.Hash());
            hashes.Append(inputs.Hash()).Append('\n');
        }

        Assert.Equal(TenThousandHashesDigest, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashes.ToString()))));
    }

    [Fact]
    public void A_known_input_keeps_its_known_hash()
    {
        var framework = new ScoringFramework(
            [new ScoringCriterion("C1", 1m, 1)],
            [new ScoringIndicator("A-1", "C1", IndicatorDirection.Up, 0m, 100m, null, 1m), new ScoringIndicator("A-10", "C1", IndicatorDirection.Down, 10m, 2.50m, null, 2m)],
            [("excellent", 90m), ("weak", 0m)]);
        var inputs = new UnitInputs(Guid.Empty, 2024, "OM-MA", ScoreKind.Final, "IIS-2024", framework,
            [IndicatorResult.Accepted("A-1", 70.000000m), IndicatorResult.Missing("A-10")],
            new PreviousScores(61.5m, new Dictionary<string, decimal?> { ["C1"] = 61.5m }, new Dictionary<string, decimal?> { ["A-1"] = 61.50m, ["A-10"] = null }),
            new DataQualityCounts(new SubmissionTiming(2, 1, 1), 2, 1, 0, 0, 0));

        // The canonical text as documented in docs/JOBS.md: sorted lines, trailing zeros dropped, "-" for nothing.
        Assert.Equal(
            """
            band|excellent|90
            band|weak|0
            criterion|C1|1|1
            edition|IIS-2024
            indicator|A-10|C1|down|2|10|2.5|-|-|-|-
            indicator|A-1|C1|up|1|0|100|-|-|-|-
            kind|final
            lights|90|70
            previous|criterion|C1|61.5
            previous|indicator|A-10|-
            previous|indicator|A-1|61.5
            previous|overall|61.5
            quality|2|1|1|2|1|0|0|0
            result|A-10|missing|-
            result|A-1|value|70

            """.ReplaceLineEndings("\n"),
            inputs.Canonical());
        Assert.Equal("cbf498296b493398f7585448c8c7ac257495a44f42457fa179cdf951130a5387", inputs.Hash());
    }

    private static UnitInputs RandomInputs(Random random)
    {
        var codes = Codes.OrderBy(_ => random.Next()).Take(random.Next(1, Codes.Length + 1)).ToArray();
        var indicators = codes.Select(code => random.Next(3) switch
        {
            0 => new ScoringIndicator(code, "C" + random.Next(1, 4), IndicatorDirection.Range, null, null, new RangeBounds(Number(random), Number(random), Number(random), Number(random)), Weight(random)),
            1 => new ScoringIndicator(code, "C" + random.Next(1, 4), IndicatorDirection.Down, Number(random), Number(random), null, Weight(random)),
            _ => new ScoringIndicator(code, "C" + random.Next(1, 4), IndicatorDirection.Up, Number(random), Number(random), null, Weight(random)),
        }).ToArray();
        var framework = new ScoringFramework(
            [.. Enumerable.Range(1, 3).Select(i => new ScoringCriterion("C" + i, Weight(random), i))],
            indicators,
            [("a", Number(random)), ("b", Number(random)), ("a-1", Number(random))],
            Number(random),
            Number(random));
        var results = codes.Select(code => random.Next(3) switch
        {
            0 => IndicatorResult.Missing(code),
            1 => IndicatorResult.NotApplicable(code),
            _ => IndicatorResult.Accepted(code, Number(random)),
        }).ToArray();
        var previous = random.Next(3) == 0
            ? null
            : new PreviousScores(
                Maybe(random),
                Enumerable.Range(1, 3).ToDictionary(i => "C" + i, _ => Maybe(random)),
                codes.Where(_ => random.Next(4) > 0).ToDictionary(c => c, _ => Maybe(random)));
        var quality = new DataQualityCounts(new SubmissionTiming(random.Next(40), random.Next(40), random.Next(40)), random.Next(100), random.Next(100), random.Next(40), random.Next(40), random.Next(40));
        var kind = random.Next(2) == 0 ? ScoreKind.Final : ScoreKind.Provisional;
        return new UnitInputs(Guid.NewGuid(), 2024, "OM-MA", kind, random.Next(2) == 0 ? "IIS-2024" : "إصدار-٢", framework, results, previous, quality);
    }

    private static decimal? Maybe(Random random) => random.Next(5) == 0 ? null : Number(random);

    private static decimal Weight(Random random) => random.Next(1, 40) / 4m;

    /// <summary>Whole, short, long, negative and zero values at scales 0–28, with trailing zeros as numeric(20,6) columns give them.</summary>
    private static decimal Number(Random random) => random.Next(6) switch
    {
        0 => 0m,
        1 => random.Next(-1000, 1000),
        2 => random.Next(0, 100_000_000) / 1_000_000.000000m,
        3 => new decimal(random.Next(), random.Next(), random.Next(0, 1 << 20), random.Next(2) == 0, (byte)random.Next(0, 29)),
        4 => 100.000000m,
        _ => -random.Next(0, 1_000_000) / 7m,
    };
}
