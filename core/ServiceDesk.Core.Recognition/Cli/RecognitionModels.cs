namespace ServiceDesk.Core.Recognition.Cli;

/// <summary>Which recognizers a request asks for.</summary>
[Flags]
public enum RecognitionModels
{
    None = 0,
    DateTime = 1,
    Number = 2,
    All = DateTime | Number,
}
