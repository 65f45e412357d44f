package vn.i4impact.portal.jury.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.i4impact.portal.jury.internal.JurorProfile;
import vn.i4impact.portal.jury.internal.JurorProfiles;
import vn.i4impact.portal.shared.TaxCode;

/** The juror's profile as the form shows and sends it; the fields known are award codes ("1.1, 2.3"). */
public class JurorProfileForm {

	private long version = -1;

	@Size(max = 100, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String title;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String organisation;

	@Size(max = 20, message = "{field.tooLong}")
	private String taxCode;

	private List<String> fields = new ArrayList<>();

	static JurorProfileForm of(JurorProfiles.View view) {
		JurorProfile p = view.profile();
		JurorProfileForm f = new JurorProfileForm();
		f.version = view.version();
		f.title = p.title();
		f.organisation = p.organisation();
		f.taxCode = p.taxCode();
		f.fields = codes(p.fields());
		return f;
	}

	/** The award codes of a stored "1.1, 2.3" list. */
	static List<String> codes(String stored) {
		return stored == null || stored.isBlank() ? new ArrayList<>()
				: new ArrayList<>(Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	/**
	 * Checks the tax code (10 digits, or 10-3 for a dependent unit, with its check digit) and maps the form.
	 * @param known the award codes offered; others sent are dropped
	 */
	JurorProfiles.Data toData(BindingResult result, Set<String> known) {
		String code = TaxCode.normalize(taxCode);
		if (code != null && !code.isEmpty() && !TaxCode.isValid(code)) {
			result.rejectValue("taxCode", "field.taxCode", "field.taxCode");
		}
		List<String> chosen = fields == null ? List.of() : fields.stream().filter(known::contains).distinct().toList();
		return new JurorProfiles.Data(blankToNull(title), blankToNull(organisation),
				code == null || code.isEmpty() ? null : code, chosen.isEmpty() ? null : String.join(", ", chosen));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public List<String> getFields() {
		return fields;
	}

	public void setFields(List<String> fields) {
		this.fields = fields;
	}

}
