namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// The technician commands by name. Built once from every registered <see cref="ITechnicianCommand"/>; adding a
/// command (<c>/kb</c>, <c>/problem</c>) means registering one more implementation.
/// </summary>
public sealed class CommandRegistry
{
    private readonly Dictionary<string, ITechnicianCommand> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ITechnicianCommand> _all = [];

    public CommandRegistry(IEnumerable<ITechnicianCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (var command in commands)
        {
            if (!_byName.TryAdd(command.Name, command))
            {
                throw new ArgumentException($"Two commands are named /{command.Name}.", nameof(commands));
            }

            _all.Add(command);
        }
    }

    /// <summary>The commands in registration order.</summary>
    public IReadOnlyList<ITechnicianCommand> All => _all;

    public ITechnicianCommand? Find(string name) => _byName.GetValueOrDefault(name);

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The level-1 commands of seed 002 (plus <c>/help</c>), in the order <c>/help</c> lists them.</summary>
    public static IReadOnlyList<ITechnicianCommand> Standard() =>
    [
        new HelpCommand(), new QueueCommand(), new ShowCommand(), new TakeCommand(), new SayCommand(), new NoteCommand(),
        new TransferCommand(), new EscalateCommand(), new WaitCommand(), new ResolveCommand(), new CloseCommand(),
        new ReopenCommand(), new ReleaseCommand(), new AssignCommand(), new NewCommand(), new ReportCommand(),
    ];
}
