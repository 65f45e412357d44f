package vn.i4impact.portal.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The province list, read once from the Flyway-seeded reference table: it changes by law, not at run time. */
@Component
public class Provinces {

	private final JdbcClient jdbc;

	private volatile List<Province> all;

	Provinces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Province> all() {
		List<Province> list = all;
		if (list == null) {
			list = jdbc.sql("select code, name_vi, name_en from province order by sort_order")
				.query((rs, n) -> new Province(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list();
			all = List.copyOf(list);
		}
		return list;
	}

	public Optional<Province> find(String code) {
		return all().stream().filter(p -> p.code().equals(code)).findFirst();
	}

}
