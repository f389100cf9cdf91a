using KpiTracker.Domain.Quality;

namespace KpiTracker.Domain.Tests.Quality;

public sealed class OutlierScanTests
{
    [Fact]
    public void A_clear_outlier_among_11_governorates_is_flagged_with_its_modified_z_score()
    {
        // Sorted: 10 11 12 12 13 13 14 14 15 16 40, median 13; |x − 13| sorted: 0 0 1 1 1 1 2 2 3 3 27, MAD 1.
        decimal[] values = [13, 40, 10, 12, 14, 11, 15, 13, 12, 16, 14];
        var units = Organisation.Governorates.All.Select((g, i) => (g.Code, values[i])).ToList();

        var flag = Assert.Single(OutlierScan.AcrossGovernorates(units));

        Assert.Equal((units[1].Code, 40m, OutlierFlag.ModifiedZ), (flag.OrgUnitCode, flag.Value, flag.Method));
        Assert.Equal(0.6745m * 27m, flag.Statistic);
        Assert.Equal(18.2115m, flag.Statistic);
        Assert.Equal(13m, flag.Median);
        Assert.Equal(3.5m, flag.Threshold);
    }

    [Fact]
    public void Just_inside_the_threshold_is_not_flagged()
    {
        // Median 13, MAD 1: M = 0.6745 × 5 = 3.3725 for 18 and −3.3725 for 8.
        decimal[] values = [8, 12, 12, 13, 13, 13, 14, 14, 18];

        Assert.Empty(OutlierScan.AcrossGovernorates([.. values.Select((v, i) => ($"U{i}", v))]));
    }

    [Fact]
    public void A_low_outlier_has_a_negative_statistic()
    {
        decimal[] values = [50, 51, 52, 52, 53, 54, 55, 1];

        var flag = Assert.Single(OutlierScan.AcrossGovernorates([.. values.Select((v, i) => ($"U{i}", v))]));

        // Median 52, |x − 52| sorted: 0 0 1 1 2 2 3 51, MAD 1.5.
        Assert.Equal(0.6745m * (1m - 52m) / 1.5m, flag.Statistic);
        Assert.True(flag.Statistic < -3.5m);
    }

    [Fact]
    public void When_MAD_is_0_values_outside_the_Tukey_fences_are_flagged()
    {
        // Sorted: 1 5 5 5 5 5 9 30, median 5, MAD 0. Hinges: Q1 = median(1 5 5 5) = 5, Q3 = median(5 5 9 30) = 7; fences 2 and 10.
        (string, decimal)[] units = [("A", 5), ("B", 30), ("C", 5), ("D", 1), ("E", 5), ("F", 9), ("G", 5), ("H", 5)];

        var flags = OutlierScan.AcrossGovernorates(units);

        Assert.Equal(["B", "D"], flags.Select(f => f.OrgUnitCode).ToArray());
        Assert.All(flags, f => Assert.Equal((OutlierFlag.IqrFence, 5m), (f.Method, f.Median)));
        Assert.Equal((20m, 10m), (flags[0].Statistic, flags[0].Threshold));
        Assert.Equal((-1m, 2m), (flags[1].Statistic, flags[1].Threshold));
    }

    [Fact]
    public void With_an_odd_count_each_hinge_includes_the_median()
    {
        // Sorted: 0 7 7 7 7 7 8; median 7, MAD 0; Q1 = median(0 7 7 7) = 7, Q3 = median(7 7 7 8) = 7; fences 7 and 7.
        (string, decimal)[] units = [("A", 7), ("B", 7), ("C", 0), ("D", 7), ("E", 8), ("F", 7), ("G", 7)];

        Assert.Equal([("C", -7m), ("E", 1m)], OutlierScan.AcrossGovernorates(units).Select(f => (f.OrgUnitCode, f.Statistic)).ToArray());
    }

    [Fact]
    public void Identical_values_raise_no_flag() =>
        Assert.Empty(OutlierScan.AcrossGovernorates([("A", 80m), ("B", 80m), ("C", 80m), ("D", 80m)]));

    [Fact]
    public void Fewer_than_3_values_raise_no_flag() =>
        Assert.Empty(OutlierScan.AcrossGovernorates([("A", 1m), ("B", 1000m)]));

    [Fact]
    public void A_value_more_than_3_SD_from_its_own_history_is_flagged()
    {
        // Mean 11, sample SD √((1 + 1 + 0) / 2) = 1.
        var flag = OutlierScan.WithinHistory([10m, 12m, 11m], 14.5m);

        Assert.NotNull(flag);
        Assert.Equal((14.5m, 11m, 1m, 3.5m, 3m), (flag.Value, flag.Mean, flag.StandardDeviation, flag.Z!.Value, flag.Threshold));
        Assert.NotNull(OutlierScan.WithinHistory([10m, 12m, 11m], 7.9m));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(8)]
    [InlineData(11)]
    public void A_value_within_3_SD_is_not_flagged(int current) => Assert.Null(OutlierScan.WithinHistory([10m, 12m, 11m], current));

    [Fact]
    public void The_sample_standard_deviation_is_exact_to_the_decimal()
    {
        // Mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3.
        var flag = OutlierScan.WithinHistory([1m, 2m, 3m, 4m], 100m)!;

        Assert.InRange((flag.StandardDeviation * flag.StandardDeviation) - (5m / 3m), -1e-25m, 1e-25m);
        Assert.StartsWith("1.290994448735805628393088466", flag.StandardDeviation.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal((100m - 2.5m) / flag.StandardDeviation, flag.Z);
    }

    [Fact]
    public void A_flat_history_flags_any_other_value_without_a_z()
    {
        var flag = OutlierScan.WithinHistory([5m, 5m, 5m], 5.1m);

        Assert.NotNull(flag);
        Assert.Null(flag.Z);
        Assert.Equal(0m, flag.StandardDeviation);
        Assert.Null(OutlierScan.WithinHistory([5m, 5m, 5m], 5m));
    }

    [Fact]
    public void Fewer_than_4_cycles_are_not_judged() =>
        Assert.Null(OutlierScan.WithinHistory([10m, 10.1m], 1000m));
}
