using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KpiTracker.Application.Data;

/// <summary>Stores an enum as its stable snake-case code, so the database reads like the API.</summary>
internal sealed class EnumCodeConverter<TEnum>() : ValueConverter<TEnum, string>(v => v.ToCode(), v => Codes.Parse<TEnum>(v))
    where TEnum : struct, Enum;
