package vn.i4impact.portal.jury.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Juror profiles and declared affiliations (the accounts themselves belong to the account module). */
@Component
public class Jurors {

	private final JdbcClient jdbc;

	Jurors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The profiles of the given accounts (an account without a profile row gets an empty one). */
	@Transactional(readOnly = true)
	public Map<Long, JurorProfile> profiles(Collection<Long> userIds) {
		Map<Long, JurorProfile> profiles = new LinkedHashMap<>();
		if (userIds.isEmpty()) {
			return profiles;
		}
		Map<Long, List<JurorProfile.Affiliation>> affiliations = new LinkedHashMap<>();
		jdbc.sql("select juror_id, kind, name, tax_code, email from jury_affiliation where juror_id in (:ids) order by id")
			.param("ids", userIds)
			.query(rs -> {
				affiliations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new JurorProfile.Affiliation(JurorProfile.Affiliation.Kind.valueOf(rs.getString(2)),
							rs.getString(3), rs.getString(4), rs.getString(5)));
			});
		jdbc.sql("""
				select u.id, u.email, u.full_name, j.title, j.organisation, j.tax_code, j.fields
				from app_user u left join jury_juror j on j.user_id = u.id where u.id in (:ids) order by u.id""")
			.param("ids", userIds)
			.query(rs -> {
				long id = rs.getLong(1);
				profiles.put(id, new JurorProfile(id, rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), affiliations.getOrDefault(id, List.of())));
			});
		return profiles;
	}

	public Optional<JurorProfile> profile(long userId) {
		return Optional.ofNullable(profiles(List.of(userId)).get(userId));
	}

	/** Every active account with the JUROR role, by name. */
	@Transactional(readOnly = true)
	public List<JurorProfile> all() {
		List<Long> ids = jdbc.sql("""
				select u.id from app_user u join app_user_role r on r.user_id = u.id and r.role = 'JUROR'
				where u.status = 'ACTIVE' order by u.full_name, u.id""").query(Long.class).list();
		return List.copyOf(profiles(ids).values());
	}

	/** Creates or replaces a juror's profile and affiliations. */
	@Transactional
	public void save(JurorProfile profile) {
		jdbc.sql("""
				insert into jury_juror (user_id, title, organisation, tax_code, fields) values (?, ?, ?, ?, ?)
				on conflict (user_id) do update set title = excluded.title, organisation = excluded.organisation,
				    tax_code = excluded.tax_code, fields = excluded.fields, version = jury_juror.version + 1""")
			.params(profile.userId(), profile.title(), profile.organisation(), blankToNull(profile.taxCode()),
					profile.fields())
			.update();
		jdbc.sql("delete from jury_affiliation where juror_id = ?").param(profile.userId()).update();
		for (JurorProfile.Affiliation a : profile.affiliations()) {
			jdbc.sql("insert into jury_affiliation (juror_id, kind, name, tax_code, email) values (?, ?, ?, ?, ?)")
				.params(profile.userId(), a.kind().name(), a.name(), blankToNull(a.taxCode()), blankToNull(a.email()))
				.update();
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
