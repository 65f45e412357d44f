package vn.i4impact.portal.results.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.shared.UnitType;

/** An honouree of an edition judged outside the portal, as the committee enters it. */
class ArchiveForm {

	@NotNull(message = "{results.archive.award.required}")
	private Long awardId;

	@NotBlank(message = "{results.archive.name.required}")
	@Size(max = 300, message = "{results.archive.name.size}")
	private String name;

	private String provinceCode;

	@NotNull(message = "{results.archive.type.required}")
	private UnitType unitType;

	@Size(max = 1000, message = "{results.citation.size}")
	private String citationVi;

	@Size(max = 1000, message = "{results.citation.size}")
	private String citationEn;

	public Long getAwardId() { return awardId; }
	public void setAwardId(Long awardId) { this.awardId = awardId; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public UnitType getUnitType() { return unitType; }
	public void setUnitType(UnitType unitType) { this.unitType = unitType; }
	public String getCitationVi() { return citationVi; }
	public void setCitationVi(String citationVi) { this.citationVi = citationVi; }
	public String getCitationEn() { return citationEn; }
	public void setCitationEn(String citationEn) { this.citationEn = citationEn; }

}
