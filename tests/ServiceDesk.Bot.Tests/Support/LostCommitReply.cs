using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// A store whose commit is carried out but reported as failed, once, when armed: what a database server stopping, or a
/// network cut, does to a commit whose answer is lost on the way back. It wraps the store's own unit of work and
/// conversations (registered under <see cref="StorageSetup.Own"/>) and fails only a transaction that saved a conversation
/// (a person's turn), so that the desk's periodic checks do not take the failure meant for the turn.
/// </summary>
internal sealed class LostCommitReply
{
    private readonly ThreadLocal<bool> _savedConversation = new();
    private int _armed;

    /// <summary>How many commits were reported failed after they were carried out.</summary>
    public int Lost { get; private set; }

    /// <summary>The next turn's commit is carried out and reported failed.</summary>
    public void Arm() => Volatile.Write(ref _armed, 1);

    public IUnitOfWork Around(IUnitOfWork store) => new UnitOfWork(store, this);

    public IConversationStore Around(IConversationStore store) => new Conversations(store, this);

    private sealed class UnitOfWork(IUnitOfWork inner, LostCommitReply fault) : IUnitOfWork
    {
        public T InOneTransaction<T>(Func<T> work) => Failing(() => inner.InOneTransaction(work));

        /// <summary>As the store's own: committed now, flushed to disk later (LiteDB's group flush), failed the same way.</summary>
        public Committed<T> InOneTransactionCommitted<T>(Func<T> work) => Failing(() => inner.InOneTransactionCommitted(work));

        /// <summary>Runs the transaction; when armed and it saved a conversation, reports it failed, carried out all the same.</summary>
        private TResult Failing<TResult>(Func<TResult> transaction)
        {
            fault._savedConversation.Value = false;
            var result = transaction();
            if (fault._savedConversation.Value && Interlocked.Exchange(ref fault._armed, 0) == 1)
            {
                fault.Lost++;
                throw new StoreUnavailableException("The store did not answer the commit (test): it was carried out all the same.");
            }

            return result;
        }

        public void InOneTransaction(Action work) => InOneTransaction(() =>
        {
            work();
            return true;
        });
    }

    private sealed class Conversations(IConversationStore inner, LostCommitReply fault) : IConversationStore
    {
        public ConversationRecord? Find(string id) => inner.Find(id);

        public void Save(ConversationRecord record)
        {
            inner.Save(record);
            fault._savedConversation.Value = true;
        }
    }
}
