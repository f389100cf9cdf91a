namespace KpiTracker.Application.Features.Evidence;

/// <summary>One evidence file as the API shows it; <see cref="Sha256"/> lets a reader check the bytes they download.</summary>
public sealed record EvidenceDto(Guid Id, int Revision, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>An evidence file opened for download: the stream belongs to the caller, who disposes it.</summary>
public sealed record EvidenceDownload(string FileName, string ContentType, long Size, string Sha256, Stream Content);
