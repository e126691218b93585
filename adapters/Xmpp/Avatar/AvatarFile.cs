using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Xmpp.Avatar;

/// <summary>Reads the configured avatar (or the <c>avatar.png</c> shipped beside the program) once, at start-up.</summary>
internal static partial class AvatarFile
{
    public const string ShippedName = "avatar.png";

    public static BotAvatar? Load(string? configured, ILogger logger)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, ShippedName) : configured;
        if (!File.Exists(path))
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                LogMissing(logger, path);
            }

            return null;
        }

        try
        {
            var avatar = BotAvatar.FromPng(File.ReadAllBytes(path));
            if (avatar is null)
            {
                LogNotPng(logger, path);
            }

            return avatar;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, path, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: the avatar file {Path} does not exist; the bot has no avatar")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: the avatar file {Path} is not a PNG image; the bot has no avatar")]
    private static partial void LogNotPng(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: could not read the avatar file {Path}: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);
}
