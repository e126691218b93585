using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ServiceDesk.Adapters.Xmpp.Avatar;

/// <summary>
/// The bot's picture, a PNG file: its bytes, its XEP-0084 id (the SHA-1 of the bytes in hex, which is also the
/// XEP-0153 photo hash) and its size, read from the PNG header.
/// </summary>
internal sealed record BotAvatar(byte[] Bytes, string Id, int Width, int Height)
{
    public const string MediaType = "image/png";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The avatar in <paramref name="bytes"/>, or null when they are not a PNG image.</summary>
    public static BotAvatar? FromPng(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(PngSignature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
#pragma warning disable CA5350 // XEP-0084 and XEP-0153 name SHA-1 for the picture's id.
        var id = Convert.ToHexStringLower(SHA1.HashData(bytes));
#pragma warning restore CA5350
        return new BotAvatar(bytes, id, width, height);
    }
}
