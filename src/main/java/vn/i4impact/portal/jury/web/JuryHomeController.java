package vn.i4impact.portal.jury.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /jury}: a juror's start page. */
@Controller
class JuryHomeController {

	@GetMapping("/jury")
	String home() {
		return "jury/home";
	}

}
