// The client of openapi.yaml, generated into OUT_DIR on every change of the spec.
fn main() -> Result<(), codegen::GenerateError> {
    codegen::Generator::new("openapi.yaml").name("pages").deny_warnings(true).generate()?;
    Ok(())
}
