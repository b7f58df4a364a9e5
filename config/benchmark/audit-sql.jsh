// Writes the participation audit's SQL, as CoPlan's repository builds it for one dashboard, into
// pgbench scripts: the raw-SQL floor of the audit. Run by run.sh through jshell with the ejb
// classes on the class path; no database is touched here. The repository is given an
// EntityManager that only records each native query and its parameters, and the parameters are
// then written into the SQL as literals.
//
// Environment: COPLAN_SQL_OUT (a folder), COPLAN_TODAY (yyyy-mm-dd).
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.*;
import org.coplan.participationaudit.*;

var out = java.nio.file.Path.of(System.getenv("COPLAN_SQL_OUT"));
var today = LocalDate.parse(System.getenv("COPLAN_TODAY"));
var statements = new ArrayList<String>();

String literal(Object v) {
    if (v == null) return "NULL";
    if (v instanceof Number) return v.toString();
    if (v instanceof java.sql.Date d) return "DATE '" + d.toLocalDate() + "'";
    return "'" + v.toString().replace("'", "''") + "'";
}

Object recordingQuery(String sql, List<String> into) {
    var params = new TreeMap<Integer, Object>(Comparator.reverseOrder());
    return Proxy.newProxyInstance(jakarta.persistence.Query.class.getClassLoader(), new Class<?>[] {jakarta.persistence.Query.class},
        (proxy, method, args) -> {
            switch (method.getName()) {
                case "setParameter": params.put((Integer) args[0], args[1]); return proxy;
                case "setMaxResults": return proxy;
                case "getResultList": case "getSingleResult": {
                    String text = sql;
                    for (var e : params.entrySet()) text = text.replace("?" + e.getKey(), literal(e.getValue()));
                    into.add(text + ";");
                    return method.getName().equals("getResultList") ? List.of() : Long.valueOf(0);
                }
                default: throw new UnsupportedOperationException(method.getName());
            }
        });
}

var em = (jakarta.persistence.EntityManager) Proxy.newProxyInstance(jakarta.persistence.EntityManager.class.getClassLoader(),
    new Class<?>[] {jakarta.persistence.EntityManager.class}, (proxy, method, args) -> {
        if (method.getName().equals("createNativeQuery")) return recordingQuery((String) args[0], statements);
        throw new UnsupportedOperationException(method.getName());
    });

var repository = new ParticipationAuditRepository();
var field = ParticipationAuditRepository.class.getDeclaredField("em");
field.setAccessible(true);
field.set(repository, em);

void write(String name, ParticipationAuditRepository.Scope scope) throws Exception {
    statements.clear();
    // The queries of one dashboard, in the order the service runs them.
    repository.teams(scope);
    repository.decisionCounts(scope, Measures.overdueBefore(scope.today()));
    repository.reviewCounts(scope);
    repository.planCounts(scope);
    repository.projects(scope);
    repository.pledgeCounts(scope);
    repository.contributionCounts(scope);
    repository.principleScores(scope, Measures.quarterStart(scope.to()));
    java.nio.file.Files.writeString(out.resolve(name), String.join("\n", statements) + "\n");
}

var filter = AuditFilter.lastFourQuarters(today);
write("audit-service-area.sql", new ParticipationAuditRepository.Scope("ADULTS", "ADULTS", -1, "", -1, filter.from(), filter.to(), today));
write("audit-whole-council.sql", new ParticipationAuditRepository.Scope("ADULTS", "CHILDREN", -1, "", -1, filter.from(), filter.to(), today));
System.out.println("Audit SQL written: " + statements.size() + " statements a dashboard");
/exit
