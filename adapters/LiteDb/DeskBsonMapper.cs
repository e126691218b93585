using System.Linq.Expressions;
using System.Reflection;
using LiteDB;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// LiteDB's mapper, with records that have no parameterless constructor (journal entries, SLA pauses and the other
/// positional records) built through a constructor compiled once instead of <c>Activator.CreateInstance</c>.
/// </summary>
/// <remarks>
/// LiteDB builds such a record by handing its constructor's arguments to <c>Activator.CreateInstance(type, args)</c>,
/// which looks the constructor up again by reflection for every record read: a ticket with twenty journal entries did it
/// twenty times, and it showed in the desk bench's profile (<c>RuntimeType.CreateInstanceImpl</c>). The constructor
/// chosen is the one LiteDB chooses (the first public one whose parameters all name mapped members, by name and type),
/// with the same arguments; a missing field gives the parameter's default value, as reflection does for a null argument.
/// </remarks>
internal sealed class DeskBsonMapper : BsonMapper
{
    protected override CreateObject GetTypeCtor(EntityMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        var constructors = mapper.ForType.GetConstructors();
        if (constructors.Any(c => c.GetParameters().Length == 0) || constructors.Any(c => c.GetCustomAttribute<BsonCtorAttribute>() is not null))
        {
            return base.GetTypeCtor(mapper);
        }

        foreach (var constructor in constructors)
        {
            var parameters = constructor.GetParameters();
            var fields = new (string Field, Type Type)[parameters.Length];
            var all = true;
            for (var i = 0; i < parameters.Length && all; i++)
            {
                var member = mapper.Members.FirstOrDefault(m =>
                    string.Equals(m.MemberName, parameters[i].Name, StringComparison.OrdinalIgnoreCase) && m.DataType == parameters[i].ParameterType);
                all = member is not null;
                fields[i] = member is null ? default : (member.FieldName, member.DataType);
            }

            if (all)
            {
                var create = Compile(constructor, parameters);
                return document =>
                {
                    var arguments = new object?[fields.Length];
                    for (var i = 0; i < fields.Length; i++)
                    {
                        arguments[i] = Deserialize(fields[i].Type, document[fields[i].Field]);
                    }

                    return create(arguments);
                };
            }
        }

        return base.GetTypeCtor(mapper);
    }

    /// <summary><c>arguments =&gt; new T((P0)arguments[0] ?? default, …)</c>, compiled.</summary>
    private static Func<object?[], object> Compile(ConstructorInfo constructor, ParameterInfo[] parameters)
    {
        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var values = parameters.Select((p, i) =>
        {
            var argument = Expression.ArrayIndex(arguments, Expression.Constant(i));
            Expression typed = Expression.Convert(argument, p.ParameterType);
            return p.ParameterType.IsValueType
                ? Expression.Condition(Expression.Equal(argument, Expression.Constant(null)), Expression.Default(p.ParameterType), typed)
                : typed;
        });
        var body = Expression.Convert(Expression.New(constructor, values), typeof(object));
        return Expression.Lambda<Func<object?[], object>>(body, arguments).Compile();
    }
}
