using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common.Files;

/// <summary>What was stored: the generated name and the checksum and size of the bytes written.</summary>
public sealed record StoredFile(string StoredName, long Size, string Sha256);

/// <summary>
/// Keeps uploaded files in one flat folder under generated names (32 hex digits), never the user's name. A file is
/// written under a temporary name first and renamed when complete, so a half-written file never carries a real name.
/// </summary>
public sealed partial class FileStore(IOptions<FileStorageOptions> options, ILogger<FileStore> logger)
{
    private const string TempSuffix = ".partial";

    public string Root { get; } = System.IO.Path.GetFullPath(options.Value.Path);

    /// <summary>A fresh storage name, for a caller that must record the name before the bytes are written (demo seeding).</summary>
    public static string NewName() => Guid.NewGuid().ToString("N");

    public Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken) => SaveAsAsync(NewName(), content, cancellationToken);

    /// <summary>Stores the bytes under a name from <see cref="NewName"/>; any other name is refused.</summary>
    public async Task<StoredFile> SaveAsAsync(string storedName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Root);
        var temp = PathOf(storedName) + TempSuffix;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                await file.FlushAsync(cancellationToken);
            }

            File.Move(temp, PathOf(storedName));
            return new StoredFile(storedName, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>A second stored copy of a file's bytes under a new name (checksum and size recomputed from what was written).</summary>
    public async Task<StoredFile> CopyAsync(string storedName, CancellationToken cancellationToken)
    {
        await using var source = OpenRead(storedName);
        return await SaveAsync(source, cancellationToken);
    }

    public Stream OpenRead(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Removes a stored file; a failure is logged, not thrown, since the database no longer points at it.</summary>
    public void Delete(string storedName)
    {
        try
        {
            File.Delete(PathOf(storedName));
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Stored file {StoredName} could not be deleted", storedName);
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogWarning(ex, "Stored file {StoredName} could not be deleted", storedName);
        }
    }

    /// <summary>Only generated names are ever turned into paths, so no value from a request or a row can reach outside the folder.</summary>
    private string PathOf(string storedName) =>
        GeneratedName().IsMatch(storedName)
            ? System.IO.Path.Combine(Root, storedName)
            : throw new ArgumentException($"'{storedName}' is not a generated storage name.", nameof(storedName));

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex GeneratedName();
}
